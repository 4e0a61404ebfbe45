import base64

import tensorflow.compat.v1 as tf
from what_is_this_model import main

tf.disable_v2_behavior()

# A tf.io.parse_example serving graph as TF 2.21 writes it: the output of
# errors/pb_parse_example_graph_tf1.py on TF 2.21, copied here (the error index uses it too).
GRAPH = (
    "Cj4KCGV4YW1wbGVzEgtQbGFjZWhvbGRlcioLCgVkdHlwZRICMAcqGAoFc2hhcGUSDzoNEgsI////////////AQo7ChJQYXJz"
    "ZUV4YW1wbGUvQ29uc3QSBUNvbnN0KgsKBWR0eXBlEgIwASoRCgV2YWx1ZRIIQgYIARICEgAKSgohUGFyc2VFeGFtcGxlL1Bh"
    "cnNlRXhhbXBsZVYyL25hbWVzEgVDb25zdCoLCgVkdHlwZRICMAcqEQoFdmFsdWUSCEIGCAcSAhIAClAKJ1BhcnNlRXhhbXBs"
    "ZS9QYXJzZUV4YW1wbGVWMi9zcGFyc2Vfa2V5cxIFQ29uc3QqCwoFZHR5cGUSAjAHKhEKBXZhbHVlEghCBggHEgISAApUCiZQ"
    "YXJzZUV4YW1wbGUvUGFyc2VFeGFtcGxlVjIvZGVuc2Vfa2V5cxIFQ29uc3QqCwoFZHR5cGUSAjAHKhYKBXZhbHVlEg1CCwgH"
    "EgQSAggBQgF4ClAKJ1BhcnNlRXhhbXBsZS9QYXJzZUV4YW1wbGVWMi9yYWdnZWRfa2V5cxIFQ29uc3QqCwoFZHR5cGUSAjAH"
    "KhEKBXZhbHVlEghCBggHEgISAArtAgobUGFyc2VFeGFtcGxlL1BhcnNlRXhhbXBsZVYyEg5QYXJzZUV4YW1wbGVWMhoIZXhh"
    "bXBsZXMaIVBhcnNlRXhhbXBsZS9QYXJzZUV4YW1wbGVWMi9uYW1lcxonUGFyc2VFeGFtcGxlL1BhcnNlRXhhbXBsZVYyL3Nw"
    "YXJzZV9rZXlzGiZQYXJzZUV4YW1wbGUvUGFyc2VFeGFtcGxlVjIvZGVuc2Vfa2V5cxonUGFyc2VFeGFtcGxlL1BhcnNlRXhh"
    "bXBsZVYyL3JhZ2dlZF9rZXlzGhJQYXJzZUV4YW1wbGUvQ29uc3QqDwoGVGRlbnNlEgUKAzIBASoYCgxkZW5zZV9zaGFwZXMS"
    "CAoGOgQSAggDKhAKCm51bV9zcGFyc2USAhgAKhgKEnJhZ2dlZF9zcGxpdF90eXBlcxICCgAqGAoScmFnZ2VkX3ZhbHVlX3R5"
    "cGVzEgIKACoSCgxzcGFyc2VfdHlwZXMSAgoACj0KE3kvcmVkdWN0aW9uX2luZGljZXMSBUNvbnN0KgsKBWR0eXBlEgIwAyoS"
    "CgV2YWx1ZRIJQgcIAxIAOgEBCmAKAXkSA1N1bRobUGFyc2VFeGFtcGxlL1BhcnNlRXhhbXBsZVYyGhN5L3JlZHVjdGlvbl9p"
    "bmRpY2VzKgoKBFRpZHgSAjADKgcKAVQSAjABKg8KCWtlZXBfZGltcxICKAAiAwiqEw=="
)
with open("parse_example.pb", "wb") as f:
    f.write(base64.b64decode(GRAPH))
print("this TensorFlow:", tf.__version__)
main(["parse_example.pb"])

import os

import tensorflow as tf


def checkpoint(value):
    model = tf.Module()
    model.w = tf.Variable(value)
    return tf.train.Checkpoint(model=model)


# save(): numbered prefixes, a save_counter, and the "checkpoint" file that finds the latest.
saver = checkpoint(1.0)
print("save():  ", saver.save("saved/model"), saver.save("saved/model"))
# write(): exactly the path given (overwritten), nothing else.
writer = checkpoint(1.0)
print("write(): ", writer.write("written/model"), writer.write("written/model"))
for folder, path in (("saved", "saved/model-2"), ("written", "written/model")):
    print(f"{folder}/:", sorted(os.listdir(folder)))
    print("   keys:", [key for key, _ in tf.train.list_variables(path)])
    print("   latest_checkpoint:", tf.train.latest_checkpoint(folder))

# restore() goes with save(), read() with write(): crossed over, the save_counter is left unmatched.
for method, path in (("restore", "saved/model-2"), ("read", "written/model"),
                     ("restore", "written/model"), ("read", "saved/model-2")):
    status = getattr(checkpoint(0.0), method)(path)
    try:
        status.assert_consumed()
        result = "passes"
    except AssertionError as e:
        result = "AssertionError: " + str(e).split(":")[0]
    status.expect_partial()
    print(f"{method}({path!r}): assert_consumed {result}")

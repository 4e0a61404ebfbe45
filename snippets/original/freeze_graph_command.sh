python freeze_graph.py --input_checkpoint=model.ckpt --output_graph=model.pb --output_node_names=Add

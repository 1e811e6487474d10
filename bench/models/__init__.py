"""The model runtime: find a model (local folder, HF cache, the embedded SmolLM2), load it
safely (safetensors only, no remote code), and generate from it in batches. Shared by task
generation (Self-Instruct), training and answering. May import bench.core and bench.config."""

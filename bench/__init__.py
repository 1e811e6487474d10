"""Closed-book QA bench: does fine-tuning on your text make a model answer questions about it?"""

__version__ = "0.1.0"

"""Exports the pinned all-MiniLM-L6-v2 weights to an fp32 ONNX for the transformers.js benchmark.

Run once, outside CI, in a throwaway venv (the .onnx is gitignored; this script is the record):

    python3 -m venv /tmp/benchvenv
    /tmp/benchvenv/bin/pip install torch transformers onnx onnxruntime
    /tmp/benchvenv/bin/python e2e/bench/export_minilm_onnx.py

It reads the staged model folder (config.json, tokenizer.json, model.safetensors under
dist/models/, written by `make stage-models`) and writes the layout transformers.js expects under
e2e/bench/models/sentence-transformers/all-MiniLM-L6-v2/: config.json, tokenizer.json,
tokenizer_config.json (model_max_length 256, as sentence-transformers truncates) and
onnx/model.onnx. Then it checks the export: onnxruntime + mean pooling + L2 on the 20 texts of
tests/fixtures/minilm_reference.json must give cosine >= 0.9999 to sentence-transformers' vectors.
The check's result is written to onnx/export_check.json and printed.
"""

import json
import pathlib
import shutil

import numpy as np
import onnxruntime
import torch
from transformers import AutoTokenizer, BertModel

ROOT = pathlib.Path(__file__).resolve().parents[2]
REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
SOURCE = ROOT / f"dist/models/sentence-transformers/all-MiniLM-L6-v2/resolve/{REVISION}"
OUT = ROOT / "e2e/bench/models/sentence-transformers/all-MiniLM-L6-v2"
REFERENCE = ROOT / "tests/fixtures/minilm_reference.json"
MAX_TOKENS = 256


def write_model_folder() -> None:
    (OUT / "onnx").mkdir(parents=True, exist_ok=True)
    for name in ["config.json", "tokenizer.json"]:
        shutil.copyfile(SOURCE / name, OUT / name)
    # The pinned revision's tokenizer_config.json is not staged; transformers.js needs one, and
    # sentence-transformers truncates at 256 (its sentence_bert_config.json max_seq_length).
    tokenizer_config = {
        "tokenizer_class": "BertTokenizer",
        "do_lower_case": True,
        "model_max_length": MAX_TOKENS,
        "cls_token": "[CLS]",
        "sep_token": "[SEP]",
        "pad_token": "[PAD]",
        "unk_token": "[UNK]",
        "mask_token": "[MASK]",
    }
    (OUT / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2) + "\n")


class LastHiddenState(torch.nn.Module):
    """Keyword-calls BERT: transformers 5 changed its positional arguments."""

    def __init__(self, bert: BertModel) -> None:
        super().__init__()
        self.bert = bert

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.bert(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state


def export() -> None:
    bert = BertModel.from_pretrained(str(SOURCE), add_pooling_layer=False).eval()
    model = LastHiddenState(bert)
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    token_types = torch.zeros_like(ids)
    axes = {0: "batch_size", 1: "sequence_length"}
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask, token_types),
            str(OUT / "onnx/model.onnx"),
            dynamo=False,
            opset_version=17,
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "token_type_ids": axes,
                "last_hidden_state": axes,
            },
        )


def check() -> dict:
    reference = json.loads(REFERENCE.read_text())
    assert reference["model"].endswith(REVISION), reference["model"]
    tokenizer = AutoTokenizer.from_pretrained(str(OUT))
    session = onnxruntime.InferenceSession(str(OUT / "onnx/model.onnx"))
    worst = 1.0
    for case in reference["cases"]:
        encoded = tokenizer(
            [case["text"]], truncation=True, max_length=MAX_TOKENS, return_tensors="np"
        )
        feeds = {
            "input_ids": encoded["input_ids"].astype(np.int64),
            "attention_mask": encoded["attention_mask"].astype(np.int64),
            "token_type_ids": np.zeros_like(encoded["input_ids"], dtype=np.int64),
        }
        hidden = session.run(["last_hidden_state"], feeds)[0][0]
        mask = feeds["attention_mask"][0][:, None].astype(np.float32)
        vector = (hidden * mask).sum(0) / mask.sum()
        vector /= np.linalg.norm(vector)
        expected = np.asarray(case["vector"], dtype=np.float32)
        cosine = float(vector @ expected / np.linalg.norm(expected))
        worst = min(worst, cosine)
    # The same texts in one padded batch, as transformers.js batches: the tracer's warnings about
    # mask shapes must not have baked in a padding assumption.
    texts = [case["text"] for case in reference["cases"]]
    encoded = tokenizer(
        texts, truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="np"
    )
    feeds = {
        "input_ids": encoded["input_ids"].astype(np.int64),
        "attention_mask": encoded["attention_mask"].astype(np.int64),
        "token_type_ids": np.zeros_like(encoded["input_ids"], dtype=np.int64),
    }
    hidden = session.run(["last_hidden_state"], feeds)[0]
    mask = feeds["attention_mask"][:, :, None].astype(np.float32)
    vectors = (hidden * mask).sum(1) / mask.sum(1)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    worst_batched = 1.0
    for vector, case in zip(vectors, reference["cases"]):
        expected = np.asarray(case["vector"], dtype=np.float32)
        worst_batched = min(worst_batched, float(vector @ expected / np.linalg.norm(expected)))
    result = {
        "model": f"sentence-transformers/all-MiniLM-L6-v2@{REVISION}",
        "export": "torch.onnx.export(dynamo=False, opset 17, dynamic batch/sequence), fp32",
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
        "texts": len(reference["cases"]),
        "worst_cosine_to_sentence_transformers": round(worst, 6),
        "worst_cosine_batched_padded": round(worst_batched, 6),
    }
    (OUT / "onnx/export_check.json").write_text(json.dumps(result, indent=2) + "\n")
    assert min(worst, worst_batched) >= 0.9999, f"export drifted: {result}"
    return result


if __name__ == "__main__":
    write_model_folder()
    export()
    print(json.dumps(check(), indent=2))

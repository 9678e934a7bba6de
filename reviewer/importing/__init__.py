"""Reading the documents to review: text files in any common encoding, and .docx.

The public API lives in ``documents``; this package re-exports it.
"""

from reviewer.importing.documents import (
    Document,
    ImportResult,
    document_from_text,
    read_bilingual,
    read_document,
    read_pair,
    split_bilingual,
)

__all__ = [
    "Document",
    "ImportResult",
    "document_from_text",
    "read_bilingual",
    "read_document",
    "read_pair",
    "split_bilingual",
]

"""Every message a user can get from the core, as a template, so the app can show it in Korean.

A :class:`~reviewer.errors.ReviewerError` carries an English message (and
the path it is about, kept apart); the command line prints it as it is.  Every
raise site builds its message from a template here, and so do the notes an
import leaves (files swapped back...).  The app matches a message back to its
template (:func:`parse`) and shows the template's translation with the same
fields filled in; the path is shown as it is.

Fields are shown as they are (paths, numbers, byte offsets, the operating
system's or SQLite's own words), except:

* a value that is one of :data:`WORDS` (a language's name, "pasted text",
  "another process") is English of the core's own and translated on its own;
* a field named in :data:`PHRASE_FIELDS` holds a phrase built from
  :data:`PHRASES` ("a.txt looks French"), translated in turn;
* a field named :data:`READ_ONLY_FIELD` holds a project's read-only reason:
  :data:`OPENED_FOR_READING`, or a file name and an error message joined by
  :data:`READ_ONLY_BECAUSE` (which has no fixed text, so it is never matched
  like the others).

``bench/build_translations.py`` copies :data:`TEMPLATES` and :data:`WORDS`
into the translation catalogue.
"""

from __future__ import annotations

from reviewer.templates import Template, best_match

CONTEXT = "ReviewerMessage"
WORD_CONTEXT = "ReviewerWord"
MESSAGES: list[Template] = []  # whole messages: errors and an import's notes
PHRASES: list[Template] = []  # parts of messages, in the PHRASE_FIELDS


def _message(text: str) -> Template:
    message = Template(CONTEXT, text)
    MESSAGES.append(message)
    return message


def _phrase(text: str) -> Template:
    phrase = Template(CONTEXT, text)
    PHRASES.append(phrase)
    return phrase


# Reading a document (importing/documents.py): the file itself.
NO_SUCH_FILE = _message("no such file")
BROKEN_LINK = _message("this is a link to a file that does not exist")
BAD_FILE_NAME = _message("this is not a valid file name")
IS_A_FOLDER = _message("this is a folder, not a file")
NOT_A_REGULAR_FILE = _message("this is not a regular file (a device, pipe or socket)")
TOO_LARGE = _message("this file is {size} MB; files over 200 MB are refused")
GREW_TOO_LARGE = _message("this file is over 200 MB; files that large are refused")
EMPTY_FILE = _message("there is no text to review: the file is empty")
NO_TEXT_EMPTY = _message("there is no text to review: it is empty")
NO_TEXT_WHITESPACE = _message("there is no text to review: it contains only whitespace")
NO_PERMISSION = _message("this file cannot be read: permission denied")
LINK_LOOP = _message("this path is a loop of symbolic links")
PATH_TOO_LONG = _message("this path is too long")
UNREADABLE = _message("this file cannot be read: {problem}")
OLD_DOC = _message("old Word .doc files cannot be read; save it as .docx")

# Which file is English and which Korean (importing/documents.py).
ONE_LANGUAGE_PAIR = _message(
    "Both files are {language} ({first} and {second}); give the English source"
    " and its Korean translation."
)
OTHER_SCRIPT = _message(
    "{name} is {language}, not Korean; this tool reviews English-to-Korean translations"
    " ({first} and {second})."
)
NEITHER_KOREAN = _message(
    "Neither file is Korean ({src_looks}, {tgt_looks}); give the English source"
    " and its Korean translation."
)
SOURCE_NOT_ENGLISH = _message(
    "{looks}, not English; this tool reviews English-to-Korean translations ({first} and {second})."
)
LOOKS = _phrase("{name} looks {language}")
NO_WORDS = _phrase("{name} has no words")
LANGUAGE_CODE = _phrase("language '{code}'")

# A bilingual file (importing/documents.py).
OTHER_SCRIPT_PARAGRAPH = _message("this file has a {language} paragraph, not Korean: {paragraph}")
ONLY_ONE_LANGUAGE = _message(
    "this should hold English and Korean, one after the other, but it has only {language};"
    " give two files instead, or the missing half"
)
NO_LETTERS = _message(
    "this should hold English and Korean, one after the other, but it has no letters;"
    " give two files instead, or the missing half"
)

# What an import wants the editor to know; not errors (importing/documents.py).
NOTE_SWAPPED = _message(
    "The files were given the other way round: {first} is Korean, {second} is {language}; swapped."
)
NOTE_SOURCE_LANGUAGE = _message(
    "{name} looks {language} rather than English; it is used as the source anyway."
)
NOTE_SWITCHES = _message(
    "{name} switches between English and Korean {count} times; the English paragraphs"
    " and the Korean paragraphs were each kept in their order."
)

# Text encodings and binary files (importing/encoding.py).
PNG_IMAGE = _message("this is a PNG image, not a text file")
JPEG_IMAGE = _message("this is a JPEG image, not a text file")
GIF_IMAGE = _message("this is a GIF image, not a text file")
PDF_FILE = _message("this is a PDF (export it as .docx or .txt first), not a text file")
OFFICE_97_FILE = _message(
    "this is an old Word .doc or other Office 97 file (save it as .docx), not a text file"
)
RTF_FILE = _message("this is an RTF document (save it as .docx or .txt), not a text file")
PROGRAM_FILE = _message("this is a program, not a text file")
GZIP_FILE = _message("this is a gzip archive, not a text file")
NUL_BYTES = _message("this is a binary file (it contains NUL bytes), not text")
DAMAGED_UTF8 = _message(
    "this is UTF-8 text but byte {offset} is invalid: the file looks damaged or cut short"
)
UNKNOWN_ENCODING = _message(
    "the text encoding cannot be recognised (it is not UTF-8, UTF-16 or Korean CP949/EUC-KR);"
    " save the file as UTF-8 and try again"
)
BOM_MISMATCH = _message("the file says it is {encoding} but byte {offset} is not valid {encoding}")
CONTROL_CHARACTERS = _message(
    "this looks like a binary file, not text (decoded as {encoding}, it is full of"
    " control characters)"
)

# Word documents (importing/docx_reader.py).
DOCX_DAMAGED = _message("this Word document is damaged and cannot be read ({problem})")
DOCX_ENCRYPTED = _message(
    "this .docx is password-protected or really an old .doc file; open it in Word"
    " and save it again as an unprotected .docx"
)
DOCX_NOT_ZIP = _message(
    "this is not a Word .docx document (a .docx is a zip archive; this file is not one)"
)
DOCX_NO_DOCUMENT = _message(
    "this is a zip archive but not a Word document (it has no word/document.xml)"
)
DOCX_ZIP_BOMB = _message(
    "this Word document unpacks to more than 200 MB; it is refused as a possible zip bomb"
)
DOCX_PART_DAMAGED = _message("this Word document is damaged: {part}: {problem}")
DOCX_DOCTYPE = _message(
    "this Word document is refused: {part} declares a DOCTYPE or entities, which a real"
    " Word document never does (it could read other files or expand without limit)"
)
DOCX_BAD_XML = _message("this Word document is damaged: {part} is not valid XML ({problem})")

# Opening a project file (store/opening.py).
NO_SUCH_PROJECT = _message("no such project file")
PROJECT_IS_A_FOLDER = _message("is a folder, not a project file")
PROJECT_NO_PERMISSION = _message("cannot be read (permission denied)")
PROJECT_UNREADABLE = _message("cannot be read ({problem})")
PROJECT_EMPTY = _message("is empty (0 bytes), not a project file")
NOT_SQLITE = _message("is not a project file (not an SQLite database)")
TRUNCATED_HEADER = _message("is damaged (truncated header)")
TRUNCATED_FILE = _message("is damaged (the file is shorter than it should be)")
CANNOT_OPEN = _message("cannot be opened ({problem})")
FOREIGN_DATABASE = _message("is an SQLite database but not a project of this tool")
NEWER_FORMAT = _message(
    "was made by a newer version of this tool (file format {version},"
    " this version reads up to {supported}); please update"
)
FAILED_CHECK = _message("is damaged (integrity check: {problem})")
DAMAGED_OR_FOREIGN = _message("is damaged or not a project ({problem})")

# Who may write a project (store/opening.py, store/project.py).
NO_LOCK_FILE = _message("cannot create its lock file {name} ({problem})")
LOCKED = _message("is open for editing in {holder}")
HOLDER = _phrase("{program} (process {pid} on {host})")
LOCK_CHURN = _message("is being opened and closed by another process")
READ_ONLY_FILE = _message("is read-only (no write permission on the file)")
READ_ONLY_FOLDER = _message("sits in a read-only folder")
BUSY = _message("is busy ({problem}); try again")
OPENED_FOR_READING = Template(CONTEXT, "{name} was opened for reading")
READ_ONLY_BECAUSE = Template(CONTEXT, "{name} {problem}")
READ_ONLY = _message("is open read-only ({read_only}); changes cannot be saved")
READ_ONLY_HISTORY = _message("is open read-only; cannot undo or redo")
CANNOT_UNDO = _message("cannot undo action {action}")
CANNOT_REDO = _message("cannot redo action {action}")

# Creating a project file (store/project.py).
PROJECT_EXISTS = _message("already exists; choose another name")
PROJECT_PATH_IS_A_FOLDER = _message("is a folder")
NO_FOLDER = _message("its folder does not exist")  # export/atomic.py too
CANNOT_CREATE = _message("cannot be created ({problem})")

# Glossaries (qa/glossary.py, edits/glossary.py).
GLOSSARY_UNREADABLE = _message("cannot read the glossary: {problem}")
GLOSSARY_ENCODING = _message("the glossary is neither UTF-8 nor CP949 (EUC-KR) text")
GLOSSARY_CSV = _message("the glossary cannot be read as CSV at line {line}: {problem}")
GLOSSARY_CSV_QUOTE = _message(
    "the glossary cannot be read as CSV at line {line}: {problem} (a quote that is never closed?)"
)
GLOSSARY_EMPTY = _message("the glossary is empty")
GLOSSARY_NO_COLUMNS = _message(
    "no source/target term columns in the glossary: found {found};"
    " expected a header like en,ko,forbidden,note"
)
GLOSSARY_NO_TERMS = _message("the glossary has a header but no terms")
TBX_ENTITIES = _message(
    "refused: the TBX file declares XML entities or external references ({problem});"
    " nothing was resolved"
)
TBX_MALFORMED = _message("not a well-formed TBX/XML file ({problem})")
TBX_NO_TERMS = _message("no English-Korean term entries in the TBX file")

# Pair edits (edits/beads.py); a bead is what the app calls a pair.
UNKNOWN_STATUS = _message("unknown status {status}")
NO_NEXT_TO_MERGE = _message("there is no next bead to merge with")
NO_PREVIOUS_TO_MERGE = _message("there is no previous bead to merge with")
NOTHING_TO_SPLIT = _message("this bead has one sentence per side; there is nothing to split")
SPLIT_OUTSIDE = _message("split point outside the bead")
SPLIT_EMPTY_PART = _message("both parts of a split need at least one sentence")
NO_ENGLISH_SENTENCE = _message("this bead has no English sentence")
NO_KOREAN_SENTENCE = _message("this bead has no Korean sentence")
NO_NEXT_BEAD = _message("there is no next bead")
NO_PREVIOUS_BEAD = _message("there is no previous bead")
ALREADY_ALONE = _message("this sentence is already on its own")

# Sentence edits (edits/segments.py).
EMPTY_SENTENCE = _message("a sentence cannot be empty; use 'join' or 'detach' instead")
SPLIT_NEEDS_TEXT = _message("split point must leave text on both sides")
NO_NEXT_SENTENCE = _message("there is no next sentence to join with")
JOIN_ACROSS_PAIRS = _message(
    "the next sentence belongs to the next pair; merge the two pairs first, then join"
)
JOIN_ACROSS_PARAGRAPHS = _message(
    "the next sentence starts a new paragraph; a join across a paragraph break"
    " must be asked for explicitly"
)

# Flags (edits/flags.py).
INVALID_CATEGORY = _message("{value} is not a valid Category")
INVALID_SEVERITY = _message("{value} is not a valid Severity")
SPAN_OUTSIDE = _message("the selected span lies outside the sentence")
NO_SPAN = _message("select the text the flag is about")
UNKNOWN_FLAG_STATUS = _message("unknown flag status {status}")

# Re-aligning (edits/alignment.py, align/registry.py, pipeline.py).
BEAD_GONE = _message("that bead no longer exists")
ANCHOR_NOT_REALIGNED = _message("this bead is approved or pinned: it is an anchor, not re-aligned")
DOCUMENT_CHANGED = _message("the document changed while re-aligning; please re-align again")
WOULD_DROP_APPROVED = _message("re-alignment would have dropped an approved bead; nothing changed")
UNKNOWN_ALIGNER = _message("unknown aligner {name}; choose one of: {names}")
NO_SENTENCES = _message("has no sentences to align")

# Writing an export or a report (export/atomic.py, export/writer.py).
OUTPUT_IS_A_FOLDER = _message("is a folder; choose a file name")
CANNOT_WRITE = _message("cannot be written ({problem})")
OUTPUT_IS_A_PROJECT = _message(
    "is a project file (an SQLite database); write the output to another file"
)
WRITE_FAILED = _message("cannot be written ({problem}); nothing was changed")
UNKNOWN_FORMAT = _message("unknown export format {format} (choose {formats})")

# The command line's inputs (cli.py) and the app's (ui/projects.py).
CLI_BOTH_KINDS = _message("give either --bilingual FILE or --src FILE --tgt FILE, not both")
CLI_ONE_FILE = _message("give both --src FILE and --tgt FILE")
CLI_NO_FILES = _message("give --src FILE --tgt FILE, or --bilingual FILE")
APP_BOTH_KINDS = _message("give either a bilingual file or two files, not both")
APP_ONE_FILE = _message("give both the English and the Korean file")
TOO_MANY_PROJECTS = _message("too many projects with this name")

TEMPLATES: list[Template] = [*MESSAGES, *PHRASES, OPENED_FOR_READING, READ_ONLY_BECAUSE]

# Fields holding a phrase (or a word) rather than text to show as it is.
PHRASE_FIELDS = frozenset({"language", "looks", "src_looks", "tgt_looks", "holder"})
READ_ONLY_FIELD = "read_only"

# Field values (and document names) that are English words of the core's own.
WORDS: tuple[str, ...] = (
    "English",
    "Korean",
    "Japanese",
    "Chinese",
    "French",
    "German",
    "Spanish",
    "no recognisable language",
    "pasted text",
    "pasted English",
    "pasted Korean",
    "another process",
    "the disk is full",
    "the file size limit was reached",
)


def parse(text: str) -> tuple[Template, dict[str, str]] | None:
    """The template a message was made from and its fields, or None for free text."""
    return best_match(MESSAGES, text)

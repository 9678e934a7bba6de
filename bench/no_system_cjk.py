"""Hide the system's CJK fonts from Qt, to check that the bundled font alone renders Hangul.

Import before PySide6 when ``--no-system-cjk`` is on the command line: it points
fontconfig at a private configuration that only sees DejaVu.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

NO_CJK_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>{cache}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
"""

if "--no-system-cjk" in sys.argv:
    _conf_dir = Path(tempfile.mkdtemp(prefix="fc-nocjk-"))
    (_conf_dir / "fonts.conf").write_text(NO_CJK_CONF.format(cache=_conf_dir / "cache"))
    os.environ["FONTCONFIG_FILE"] = str(_conf_dir / "fonts.conf")

"""Write graphkit/data/lang/cldr/<code>.toml for every language babel has (see graphkit/cldr.py).

Run after upgrading babel: python scripts/make_cldr_lang.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphkit.cldr import languages, render, table  # noqa: E402
from graphkit.lang import LANG_DIR  # noqa: E402


def main() -> None:
    out = LANG_DIR / "cldr"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.toml"):
        old.unlink()
    written = 0
    for code in languages():
        data = table(code)
        if data:
            (out / f"{code}.toml").write_text(render(data), encoding="utf-8")
            written += 1
    print(f"{written} languages written to {out}")


if __name__ == "__main__":
    main()

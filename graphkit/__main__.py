"""``python -m graphkit``: the same as the ``graphkit`` command."""

from .cli import run

if __name__ == "__main__":
    run()

"""Named exceptions of the library; the CLI and the HTTP API turn them into messages."""


class InvalidInput(ValueError):
    """Input a function cannot read: empty, no Chinese where Chinese is expected, too long."""


class InvalidRow(ValueError):
    """A row of a data file that breaks the schema; knows its file and line."""

    def __init__(self, path: str, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}")

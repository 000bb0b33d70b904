"""Named exceptions of the library; the CLI and the HTTP API turn them into messages."""


class InvalidInput(ValueError):
    """Input a function cannot read: empty, no Chinese where Chinese is expected, too long."""


class InvalidRow(ValueError):
    """A row of a data file that breaks the schema; knows its file and line."""

    def __init__(self, path: str, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}")


class InvalidData(ValueError):
    """Rows that are each valid but break a rule across rows; one file:line message per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))

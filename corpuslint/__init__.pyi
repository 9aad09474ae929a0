# Types of the lazy public API of corpuslint/__init__.py (see its `__getattr__`).
import pluggy

from corpuslint.config import load_config as load_config
from corpuslint.errors import ConfigError as ConfigError
from corpuslint.errors import CorpuslintError as CorpuslintError
from corpuslint.errors import UsageError as UsageError
from corpuslint.models import Document as Document
from corpuslint.models import Finding as Finding
from corpuslint.models import Fix as Fix
from corpuslint.models import Violation as Violation
from corpuslint.rule import CorpusRule as CorpusRule
from corpuslint.rule import Rule as Rule
from corpuslint.session import Linter as Linter

__version__: str
hookimpl: pluggy.HookimplMarker
__all__: list[str]

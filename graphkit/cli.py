"""The ``graphkit`` command line: parses options, calls one library function, prints.

Exit codes (also in the README):
    0  success
    1  the graph does not conform to the shapes (validate), or an unexpected failure
    2  bad input: a file that cannot be read, a malformed query or graph, a wrong option
    3  graphkit's own files are missing or broken (ontology, registry, language data)
    4  build finished, but some inputs were skipped (each is named on stderr)
    5  a server could not be reached, timed out, or answered an error: push, --endpoint, a SPARQL
       server queried, a Dask scheduler (--scheduler)
"""

from __future__ import annotations

import functools
import re
import sys
import traceback
from pathlib import Path

import click

from . import __version__
from .errors import GraphkitError

EXIT_SKIPPED = 4


class Utf8Text(click.ParamType):
    """Text given on the command line, as the UTF-8 it was typed in, whatever the locale.

    Under a locale that is not UTF-8 (``LC_ALL=C`` without Python's UTF-8 mode), Python
    gives non-ASCII arguments with surrogate escapes, which no file or store can hold:
    their bytes are read again as UTF-8. File paths are not of this type: they stay
    as the system gave them, so that the same file is opened.
    """

    name = "text"

    def convert(self, value, param, ctx):
        import os

        if not isinstance(value, str):
            return value
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            pass
        try:
            return os.fsencode(value).decode("utf-8")
        except (UnicodeError, ValueError):
            self.fail("is not UTF-8 text; type it in a UTF-8 terminal, or set LC_ALL=C.UTF-8", param, ctx)


TEXT = Utf8Text()


class FiniteFloatRange(click.FloatRange):
    """A FloatRange that also refuses nan (which passes every range test) and inf (which no limit or timer takes)."""

    name = "finite float range"

    def convert(self, value, param, ctx):
        import math

        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value} is not a finite number", param, ctx)
        return super().convert(number, param, ctx)


def _fail(exc: GraphkitError, *, code: str | None = None) -> None:
    click.echo(f"error: [{code or exc.code}] {_printable_message(exc.message)}", err=True)
    if exc.hint:
        click.echo(f"  hint: {printable(exc.hint)}", err=True)


#: Characters shown escaped in messages: controls (a newline in a file name would start a line that looks
#: like graphkit's own), line and paragraph separators, and the bidirectional controls that reorder text.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ESCAPES = {"\n": r"\n", "\r": r"\r", "\t": r"\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"


def printable(text: object) -> str:
    r"""``text`` (a path, a message) for one line of a terminal: control characters escaped as Python writes them.

    >>> print(printable("a\nwarning: b.txt"))
    a\nwarning: b.txt
    """
    return _UNPRINTABLE.sub(_escape, str(text))


def _printable_message(message: str) -> str:
    """An error message for the terminal: one line, but for a SPARQL syntax error's query line and caret under it."""
    lines = message.split("\n")
    if len(lines) == 3 and lines[1].startswith("  ") and re.fullmatch(r"  *\^", lines[2]):
        return "\n".join(printable(line) for line in lines)
    return printable(message)


def handle_errors(func):
    """Turn graphkit's errors into a one-line message and its exit code (a traceback with --debug)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return func(*args, **kwargs)
        except GraphkitError as exc:
            if debug:
                traceback.print_exc()
            _fail(exc)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # `graphkit query … | head`: the reader has all it wanted
            _silence_stdout()
            sys.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as exc:  # a file that cannot be read or written, which nothing above named
            if debug:
                traceback.print_exc()
            where = exc.filename2 or exc.filename  # os.replace(tmp, target): the target
            what = exc.strerror or " ".join(str(exc).split())
            if isinstance(exc, IsADirectoryError):
                what = "is a folder, not a file; give a file name"
            elif isinstance(exc, (FileExistsError, NotADirectoryError)) and where and Path(where).is_file():
                what = "is a file, not a folder"
            _fail(GraphkitError(f"{where}: {what}" if where else what,
                                hint="check the path, its folder's permissions and the free space"), code="E100")
            sys.exit(2)
        except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback, unless --debug
            if debug:
                traceback.print_exc()
            text = " ".join(str(exc).split())[:300]
            _fail(GraphkitError(f"unexpected {type(exc).__name__}" + (f": {text}" if text else ""),
                                hint="this is a bug in graphkit: run again with --debug for the traceback, and report it"))
            sys.exit(1)

    return wrapper


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's last flush at exit fails no more."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (a test runner's)
        pass


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signum)


class _Progress:
    """A progress bar on standard error, one per stage of a build ("reading", "sorting", "writing")."""

    def __init__(self) -> None:
        self.bar = None
        self.stage = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            self.bar = click.progressbar(length=total, label=f"{stage:<8}", file=sys.stderr, show_pos=True,
                                         show_eta=True)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def clear(self) -> None:
        """Clear the bar's line, so that a warning starts on a clean line; the bar comes back at its next step."""
        if self.bar is not None:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
            self.stage = None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="graphkit")
@click.option("--debug", is_flag=True, help="Show a traceback when something fails.")
def main(debug: bool) -> None:
    """Build knowledge graphs of public-private partnerships against cybercrime
    from news articles in any language.

    \b
    A typical session:
      graphkit build examples/corpus -o graph.ttl --html graph.html
      graphkit query graph.ttl partners
      graphkit validate graph.ttl
      graphkit evaluate graph.ttl --gold ../shared/gold/seeds

    Run `graphkit COMMAND --help` for the options of each command.
    """
    if not debug:
        # rdflib logs a traceback for each value it cannot read ("abc"^^xsd:integer, a number of more
        # than 4,300 digits); the commands say what they make of such values, in one line
        _QuietRdflib.install()


class _QuietRdflib:
    """Turns rdflib's log down to errors when rdflib is imported, or now if it is already.

    An import hook that only watches: a build never imports rdflib, and so never imports :mod:`logging`
    either (a hundredth of a second of its start, most of it the patterns ``logging`` compiles).
    """

    done = False

    @classmethod
    def install(cls) -> None:
        if "rdflib" in sys.modules:
            cls.quiet()
        elif not any(isinstance(finder, cls) for finder in sys.meta_path):
            sys.meta_path.insert(0, cls())

    @classmethod
    def quiet(cls) -> None:
        import logging

        logging.getLogger("rdflib").setLevel(logging.ERROR)
        cls.done = True

    def find_spec(self, name, path=None, target=None):
        # the finder stays in ``sys.meta_path`` (removing it while the import walks the list would skip the next
        # finder), done once rdflib is imported
        if name == "rdflib" and not self.done:
            self.quiet()
        return None  # the import goes on as without this finder


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True), default="-", show_default=True,
              help="Where to write the graph; '-' writes it to standard output.")
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "nt", "trig", "nq", "json-ld"]), default=None,
              help="RDF format. Default: from the output's ending (.ttl .nt .trig .nq .jsonld), else turtle. An ending "
                   "graphkit would not read the file back by (.nt for Turtle, .rdf) is refused.")
@click.option("--html", type=click.Path(path_type=Path, allow_dash=True), default=None,
              help="Also write the interactive graph to this HTML file (works offline); '-': to standard output "
                   "(then give -o a file).")
@click.option("--lang", "language", metavar="CODE", default=None,
              help="ISO 639-1 code of the articles' language, instead of identifying it per article.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Add the articles to this knowledge-base folder (created if needed) instead of writing a file "
                   "(-o, --format and --html do not go with it); only new and edited articles are read. A build that "
                   "finds another writing the folder waits for it.")
@click.option("--endpoint", metavar="URL", type=TEXT, default=None,
              help="Add the articles to the knowledge base a SPARQL server holds (one named graph per document, "
                   "written by the Graph Store Protocol), as --store does to a folder: Oxigraph's bare URL "
                   "(http://HOST:7878), or a dataset's URL that answers queries and graphs (Fuseki's "
                   "http://HOST:3030/ds); it may hold user:password@. Serve the union of the named graphs as the "
                   "default graph (oxigraph serve --union-default-graph).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Read and extract articles in N processes; 0: one per core. The output is the same for any N.")
@click.option("--scheduler", metavar="ADDRESS", type=TEXT, default=None,
              help="Read and extract the articles on the workers of this Dask scheduler (tcp://HOST:8786) instead "
                   "of in --jobs processes; needs graphkit[dask], and the same graphkit on every worker. The output "
                   "is the same, byte for byte.")
@click.option("--send", type=click.Choice(["auto", "paths", "bytes"]), default="auto", show_default=True,
              help="With --scheduler: send the workers the articles' paths (they share this file system) or their "
                   "bytes; auto sends paths when every worker sees the files as this machine does.")
@click.option("--max-size", "max_size", type=FiniteFloatRange(min=0), default=1.0, show_default=True, metavar="MB",
              help="Skip articles bigger than this many megabytes (a bigger file is rarely one article); 0: no limit.")
@click.option("--curation", "curation_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Replay the decisions of this curation file (graphkit curate) on the graph. With --store, the "
                   "knowledge base keeps them and replays them at each later build.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors (and no progress bar).")
@handle_errors
def build(inputs: tuple[Path, ...], output: Path, fmt: str | None, html: Path | None, language: str | None,
          store_dir: Path | None, endpoint: str | None, jobs: int, scheduler: str | None, send: str, max_size: float,
          curation_file: Path | None, quiet: bool) -> None:
    """Build the graph of articles: .txt or .md files, or folders of them (read recursively),
    or '-': the text of one article on standard input (its identifier is "stdin").

    Each article's language is identified, and mentions of organizations, people, operations
    and places, the relations between them and the figures they report are extracted in that
    language. Unreadable files are skipped with a warning; the others are built (exit code 4
    says that something was skipped).

    Memory stays bounded whatever the number of articles: extracted articles and sorted
    triples wait in temporary files (under $TMPDIR) until the graph is written. JSON-LD and
    --html need the whole graph in memory (about 1 KB per triple): for a large corpus, write
    Turtle or N-Triples, and make pages of parts of it. A progress bar shows on a terminal
    (not with -q).

    What graphkit makes of its data (name automatons, the Thai dictionary) is built on the
    first run and kept in a cache folder, $GRAPHKIT_CACHE_DIR or ~/.cache/graphkit, for the
    next ones; it is built again when the data changes (GRAPHKIT_NO_CACHE=1: not kept).

    \b
    Examples:
      graphkit build examples/corpus -o graph.ttl --html graph.html
      graphkit build a.txt b.md --format json-ld -o graph.jsonld
      graphkit build articles/ -o graph.ttl --jobs 0   # one process per core
      graphkit build articles/ --store kb/        # a knowledge base that grows
      graphkit build articles/ -o graph.ttl --scheduler tcp://127.0.0.1:8786   # on a Dask cluster
      graphkit build articles/ --endpoint http://127.0.0.1:7878   # a knowledge base on a SPARQL server
      graphkit build articles/ -o graph.ttl --curation notes.ttl   # with an analyst's corrections
      curl -s https://example.org/news.txt | graphkit build - -o - | graphkit validate -
    """
    import signal
    import threading

    from click.core import ParameterSource

    ctx = click.get_current_context()
    if scheduler is None and ctx.get_parameter_source("send") is not ParameterSource.DEFAULT:
        raise click.UsageError("--send goes with --scheduler: it says how articles reach a Dask cluster's workers")
    if scheduler is not None and ctx.get_parameter_source("jobs") is not ParameterSource.DEFAULT:
        raise click.UsageError("--jobs and --scheduler do not go together: on a cluster, the workers are the "
                               "processes (`dask worker ADDRESS --nworkers N`)")
    cluster = None
    if scheduler is not None:
        from .cluster import Cluster, quiet_logs

        cluster = Cluster(scheduler, send=send)
        if not ctx.find_root().params.get("debug", False):
            quiet_logs()  # Dask logs a lost connection with tracebacks: the error below says it in one line
    if store_dir is not None and endpoint is not None:
        raise click.UsageError("--store and --endpoint do not go together: give the one knowledge base to add to")
    if endpoint is not None:
        from .endpoint import Endpoint

        store_dir = Endpoint(endpoint)  # a wrong URL is refused before any article is read
    if store_dir is not None:
        given = [name for option, name in (("output", "-o"), ("fmt", "--format"), ("html", "--html"))
                 if ctx.get_parameter_source(option) is not ParameterSource.DEFAULT]
        if given:
            option = "--store" if endpoint is None else "--endpoint"
            raise click.UsageError(f"{' and '.join(given)} {'do' if len(given) > 1 else 'does'} not go with {option}, "
                                   "which adds the articles to a knowledge base: write files from it with "
                                   "`graphkit export DIR -o FILE` and `graphkit view DIR -o FILE.html`")
    if threading.current_thread() is not threading.main_thread():
        _build(inputs, output, fmt, html, language, store_dir, jobs, quiet, max_size, curation_file, cluster)
        return
    # a plain `kill` unwinds like Ctrl-C: temporary files (sorted runs, spooled articles) are removed
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        _build(inputs, output, fmt, html, language, store_dir, jobs, quiet, max_size, curation_file, cluster)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _report_curation(report, quiet: bool) -> None:
    """What a replay of decisions did: one line, and a warning for each decision that changed nothing."""
    if report is None:
        return
    for missing in report.missing:
        click.echo(f"warning: curation: {printable(missing)}", err=True)
    if not quiet:
        click.echo(report.describe(), err=True)


def _build(inputs: tuple[Path, ...], output: Path, fmt: str | None, html: Path | None, language: str | None,
           store_dir: Path | None, jobs: int, quiet: bool, max_size: float = 1.0,
           curation_file: Path | None = None, cluster=None) -> None:
    from .curate import load as load_curation
    from .sources import check_outputs
    from .pipeline import build_to
    from .rdf import format_for
    from .writing import atomic_writer

    progress = _Progress() if not quiet and sys.stderr.isatty() else None
    read_options = {"max_bytes": int(max_size * 1_000_000) if max_size else None}
    if html is not None and str(html) == "-" and str(output) == "-" and store_dir is None:
        raise click.UsageError("--html - and -o - both write to standard output: give one of them a file")
    curation = load_curation(curation_file) if curation_file is not None else None

    def warn(skipped) -> None:
        if progress:
            progress.clear()
        click.echo(f"warning: skipped {printable(skipped.path)}: {printable(skipped.reason)}", err=True)

    if store_dir is not None:
        from .kb import add

        def wait() -> None:
            if not quiet:
                click.echo(_waiting(store_dir), err=True)

        try:
            done = add(inputs, store_dir, language=language, on_skip=warn, jobs=jobs, on_progress=progress,
                       read_options=read_options, on_wait=wait, curation=curation, scheduler=cluster)
        finally:
            if progress:
                progress.close()
        if not quiet:
            click.echo(f"{printable(store_dir)}: {len(done.added)} added, {len(done.replaced)} replaced, "
                       f"{len(done.unchanged)} unchanged ({done.triples} triples)", err=True)
        _report_curation(done.curation, quiet)
        if done.skipped:
            sys.exit(EXIT_SKIPPED)
        return
    rdf_format = format_for(output, fmt)
    check_outputs((*inputs, *([curation_file] if curation_file is not None else [])), [("-o", output), ("--html", html)])

    def run(out) -> object:
        try:
            return build_to(inputs, out, rdf_format, language=language, jobs=jobs, on_skip=warn,
                            on_progress=progress, keep_graph=html is not None, read_options=read_options,
                            curation=curation, scheduler=cluster)
        finally:
            if progress:
                progress.close()

    if str(output) == "-":
        sys.stdout.flush()
        result = run(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        with atomic_writer(output) as out:
            result = run(out)
    if html is not None:
        from .view import write_html

        write_html(result.graph, html)
    if not quiet:
        click.echo(f"built {result.documents} documents: {result.entities} entities, {result.relations} relations, "
                   f"{result.figures} figures ({result.triples} triples)", err=True)
        if str(output) != "-":
            click.echo(f"  {rdf_format}: {printable(output)}", err=True)
        if html is not None and str(html) != "-":
            click.echo(f"  html: {printable(html)}", err=True)
    _report_curation(result.curation, quiet)
    if result.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("graph", type=click.Path(allow_dash=True))
@click.argument("sparql", required=False, type=TEXT)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Result format; csv, tsv and json are the W3C SPARQL 1.1 result formats.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("-p", "--param", "params", multiple=True, type=TEXT, metavar="NAME=VALUE",
              help="Bind the query's ?NAME to VALUE, as a term: an IRI, prefix:name, or a name (the entity it labels); repeatable.")
@click.option("--update", "allow_update", is_flag=True,
              help="Allow a SPARQL UPDATE, on a knowledge base or a SPARQL server only; it is applied atomically "
                   "(on a server: as one request).")
@click.option("--allow-network", is_flag=True,
              help="Let SERVICE and LOAD reach other hosts; without it, a query that holds them is refused "
                   "before anything is sent.")
@handle_errors
def query(graph: str, sparql: str | None, fmt: str, list_queries: bool, params: tuple[str, ...],
          allow_update: bool, allow_network: bool) -> None:
    """Run a SPARQL query on a graph file.

    SPARQL is query text, @FILE.rq (@- reads it from standard input), or the name of a
    named query (see --list). The prefixes of the contract (ppp, kind, nif, itsrdf, prov,
    dcterms, skos, rdfs, owl, xsd, org, schema) are predeclared. CONSTRUCT and DESCRIBE
    print Turtle. GRAPH is a graph file, a knowledge-base folder, or '-': a graph on
    standard input (Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML). Results are
    written as they are computed (a table's columns are as wide as in its first 1,000
    rows; JSON has one solution a line), and Ctrl-C stops a query at once. Queries only
    read: a SPARQL UPDATE runs only with --update, on a knowledge base, atomically.
    Nothing reaches the network: a query with SERVICE or an update with LOAD is refused,
    unless --allow-network. GRAPH may also be a SPARQL server's URL (a knowledge base
    of `graphkit build --endpoint URL`): the query is checked here, then sent there by
    the SPARQL 1.1 protocol, and gives the rows it gives on a local knowledge base.

    \b
    Examples:
      graphkit query graph.ttl 'SELECT ?o WHERE { ?o a ppp:Organization }'
      graphkit query graph.ttl partners --format csv
      graphkit query kb/ partners --param org=Binance
      graphkit query http://127.0.0.1:7878 partners --param org=Binance
      graphkit query graph.ttl @my.rq --format json
      graphkit build article.txt | graphkit query - evidence
    """
    from .endpoint import is_url
    from .errors import QueryError
    from .kb import is_kb
    from .sparql import is_update
    from .store import named_queries, query as run_query, resolve_query, write_result

    if list_queries:
        for q in named_queries().values():
            click.echo(f"{q.name:<14} {q.description}")
            for name, about in q.params:
                click.echo(f"{'':<14}   --param {name}=…  {about}")
        return
    if not sparql:
        raise click.UsageError("give a SPARQL query, @FILE.rq or a named query (see --list)")
    graph = graph if is_url(graph) else Path(graph)
    if str(graph) == "-" and sparql == "@-":
        raise click.UsageError("the graph and the query cannot both come from standard input ('-' and '@-')")
    bound = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        bound[name] = value
    text = resolve_query(sparql)
    if is_update(text):
        if not allow_update:
            raise QueryError("SPARQL UPDATE is not run without --update: `graphkit query` only reads by default",
                             hint="add --update to change a knowledge base, or rebuild")
        if isinstance(graph, str):
            from .endpoint import Endpoint
            from .sparql import refuse_network
            from .vocab import PREFIXES

            if not allow_network:
                refuse_network(text)
            endpoint = Endpoint(graph)
            endpoint.update(text, prefixes=dict(PREFIXES))
            click.echo(f"{printable(endpoint)}: updated ({endpoint.size()} triples)", err=True)
            return
        if not is_kb(graph):
            raise QueryError(f"{graph}: updates apply to a knowledge base folder, not to a graph file",
                             hint="build one with `graphkit build … --store DIR`")
        from .kb import update

        triples = update(graph, text, allow_network=allow_network,
                         on_wait=lambda: click.echo(_waiting(graph), err=True))
        click.echo(f"{graph}: updated ({triples} triples)", err=True)
        return

    def run() -> None:
        result = run_query(graph, text, params=bound, allow_network=allow_network)
        sys.stdout.flush()
        write_result(result, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()

    _interruptible(run)


def _waiting(kb: Path) -> str:
    return f"{kb}: another build, removal or update is writing it; waiting for it to finish (Ctrl-C stops)"


def _interruptible(work) -> None:
    """Run ``work`` in a thread and wait for it here, so that Ctrl-C stops the command at once.

    pyoxigraph loads, evaluates and serializes in Rust, where Python's signal handlers
    wait until it returns: a COUNT or ORDER BY over a big join ignored Ctrl-C for as
    long as it ran. The main thread only waits, so the KeyboardInterrupt comes at once;
    the worker, a daemon, ends with the process. It only reads, so nothing is left half done.
    """
    import threading

    outcome: list[BaseException] = []

    def target() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, which reports it
            # pyoxigraph's results must be freed by the thread that made them: free the locals here
            seen, chained = set(), exc
            while chained is not None and id(chained) not in seen:
                seen.add(id(chained))
                traceback.clear_frames(chained.__traceback__)
                chained = chained.__cause__ or chained.__context__
            outcome.append(exc)

    worker = threading.Thread(target=target, name="graphkit-query", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.1)
    if outcome:
        raise outcome[0]


@main.command()
@click.argument("graph", type=click.Path(path_type=Path, allow_dash=True))
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True), default=None,
              help="The HTML file to write, '-' for standard output. Default: the graph's name with .html "
                   "(standard output for a graph on standard input).")
@click.option("--title", default=None, type=TEXT, help="The page title. Default: the graph file's name.")
@click.option("--size-by", type=click.Choice(["degree", "betweenness"]), default=None,
              help="Size nodes by this centrality (graphkit.analyze). Default: by number of mentions.")
@click.option("--colour-by", "--color-by", "colour_by", type=click.Choice(["class", "community"]), default="class",
              show_default=True, help="Colour nodes by class, or by community (Louvain, graphkit.analyze); "
                                      "classes are still told apart by shape.")
@handle_errors
def view(graph: Path, output: Path | None, title: str | None, size_by: str | None, colour_by: str) -> None:
    """Write a graph as one self-contained, interactive HTML page.

    The page loads nothing from the network: it opens offline. It has a legend with
    filters on classes and relation types (and on dates, when the evidence is dated),
    a search by any name in any language, a panel with a node's names, figures and
    the sentences behind each of its relations, and "Claims": how many documents state
    each relation and figure, in which languages, and where their figures disagree
    (each value with its documents and sentences). Graphs of more than 300 entities are
    laid out beforehand, so that thousands of nodes open in seconds.

    GRAPH is a graph file, a knowledge-base folder, or '-' (a graph on standard input).

    \b
    Examples:
      graphkit view graph.ttl -o graph.html
      graphkit view graph.ttl --size-by betweenness --colour-by community
      graphkit build article.txt | graphkit view - > graph.html
    """
    from .sources import check_outputs
    from .view import page

    if output is None:
        output = Path("-") if str(graph) == "-" else graph.with_suffix(".html")
    check_outputs([graph] if str(graph) != "-" else [], [("-o", output)])
    path = page(graph, output, title=title, size_by=size_by, colour_by=colour_by)
    if str(path) != "-":
        click.echo(f"html: {printable(path)}", err=True)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path, allow_dash=True))
@handle_errors
def validate(graph: Path) -> None:
    """Check a graph against the SHACL shapes of the output contract.

    GRAPH is a graph file, a knowledge-base folder, or '-' (a graph on standard input).
    Exits 0 when the graph conforms, 1 with a report of the violations when it does not.

    \b
    Examples:
      graphkit validate graph.ttl
      graphkit build article.txt | graphkit validate -
    """
    from .sources import load_graph
    from .validate import validate as run_validate

    g = load_graph(graph)
    result = run_validate(g)
    if result.conforms:
        click.echo(f"{graph}: conforms to the shapes ({len(g)} triples)")
        return
    click.echo(f"{graph}: does not conform to the shapes ({result.violations} violations)")
    click.echo(result.report)
    sys.exit(1)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--gold", "gold", required=True, multiple=True, type=click.Path(path_type=Path, allow_dash=True),
              help="Gold annotation files or folders of them (gold-format.md), '-' for one on standard input; "
                   "repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--no-misses", is_flag=True, help="Leave out the lists of misses and false positives.")
@click.option("--curation", "curation_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Score the graph with the decisions of this curation file replayed on it.")
@handle_errors
def evaluate(graph: Path, gold: tuple[Path, ...], as_json: bool, no_misses: bool, curation_file: Path | None) -> None:
    """Score a graph against gold annotations: precision, recall and F1.

    Entities per type, mentions, relations per predicate, figures per kind (and how many
    are attached to the right subject), each overall and per language, then what was
    missed and what was wrong. GRAPH is a graph file, a knowledge-base folder, or '-'
    (a graph on standard input).

    \b
    Examples:
      graphkit evaluate graph.ttl --gold ../shared/gold/seeds
      graphkit evaluate graph.ttl --gold ../shared/gold/seeds --curation notes.ttl
      graphkit build article.txt | graphkit evaluate - --gold article.json
    """
    import json

    from .evaluate import evaluate as run_evaluate, format_report, load_gold
    from .sources import load_graph

    if str(graph) == "-" and any(str(g) == "-" for g in gold):
        raise click.UsageError("the graph and the gold cannot both come from standard input ('-')")
    documents = load_gold(gold)
    scored = load_graph(graph)
    if curation_file is not None:
        from .curate import apply_to_graph, load as load_curation

        scored, replayed = apply_to_graph(scored, load_curation(curation_file))
        _report_curation(replayed, quiet=False)
    report = run_evaluate(scored, documents)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, misses=not no_misses), nl=False)


@main.command()
@click.argument("store_dir", metavar="STORE", type=click.Path(path_type=Path, file_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, allow_dash=True), required=True,
              help="The file to write, '-' for standard output; its ending gives the format "
                   "(.ttl .nt .trig .nq .jsonld).")
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "nt", "trig", "nq", "json-ld"]), default=None,
              help="RDF format instead of the one the ending gives (turtle for '-'). TriG, N-Quads and JSON-LD "
                   "keep one named graph per document.")
@handle_errors
def export(store_dir: Path, output: Path, fmt: str | None) -> None:
    """Write a knowledge base out as one graph file.

    Turtle and N-Triples hold the whole graph; TriG, N-Quads and JSON-LD hold one named
    graph per document, so that what each article says stays apart.

    \b
    Examples:
      graphkit export kb/ -o kb.ttl
      graphkit export kb/ -o kb.trig
      graphkit export kb/ -o - --format nq | gzip > kb.nq.gz
    """
    from .sources import check_outputs
    from .kb import dump
    from .rdf import format_for
    from .writing import write_atomic

    rdf_format = format_for(output, fmt)
    check_outputs([store_dir], [("-o", output)])
    data, documents = dump(store_dir, rdf_format)
    write_atomic(output, data)  # '-': standard output
    click.echo(f"{printable(output)}: {documents} documents ({rdf_format})", err=True)


@main.command()
@click.argument("store_dir", metavar="STORE", type=click.Path(file_okay=False))
@click.option("-d", "--document", "docs", multiple=True, required=True, type=TEXT, metavar="FILE_NAME",
              help="The file name of a document to remove (as built); repeatable.")
@handle_errors
def remove(store_dir: str, docs: tuple[str, ...]) -> None:
    """Remove documents from a knowledge base, with every statement only they support.

    A statement that other documents also support stays. STORE is a knowledge-base
    folder, or a SPARQL server's URL (`graphkit build --endpoint URL`), where each
    document's graph is deleted.

    \b
    Examples:
      graphkit remove kb/ --document 001_e8e737de296aae96.txt
      graphkit remove http://127.0.0.1:7878 --document 001_e8e737de296aae96.txt
    """
    from .endpoint import Endpoint, is_url
    from .kb import remove as kb_remove

    target = Endpoint(store_dir) if is_url(store_dir) else Path(store_dir)
    done = kb_remove(target, docs, on_wait=lambda: click.echo(_waiting(target), err=True))
    click.echo(f"{printable(target)}: {len(done.removed)} removed ({done.triples} triples)", err=True)
    _report_curation(done.curation, quiet=False)


@main.command()
@click.option("--all", "show_all", is_flag=True, help="Also list the languages the CLDR alone gives (331 in all).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON, one object per language.")
@handle_errors
def languages(show_all: bool, as_json: bool) -> None:
    """List the languages graphkit reads and what it reads in each.

    A language with a hand-written file (graphkit/data/lang/CODE.toml) has cues for
    figure kinds and relations, heads of organization names, speech verbs and roles,
    over what the Unicode CLDR gives every language babel knows: number symbols and
    scale words, months and date order, currency names. A language with no file at
    all still gets names by shape, the registry's names in every script, digits,
    currency symbols and ISO dates. IDENTIFIED says how an article is recognised as
    written in it: lingua's models, its script (Khmer, Ethiopic, Georgian …), or
    only when you say so with `graphkit build --lang CODE`.

    \b
    Examples:
      graphkit languages
      graphkit languages --all --json
    """
    from .lang import coverage_report

    click.echo(coverage_report(show_all=show_all, as_json=as_json), nl=False)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, metavar="N",
              help="How many entities, communities and public-private pairs to list.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people, json for programs.")
@click.option("--chain", nargs=2, type=TEXT, metavar="FROM TO", default=None,
              help="Print the shortest chain of relations between two entities (each an IRI, prefix:name, "
                   "or a name in any language or script), with the sentences behind each step, instead of the report.")
@click.option("--graphml", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True), default=None,
              help="Also write the entity network to this GraphML file (yEd, Cytoscape, networkx).")
@click.option("--gexf", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True), default=None,
              help="Also write the entity network to this GEXF file (Gephi).")
@click.option("--nodes-csv", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True), default=None,
              help="Also write the entities to this CSV file (give --edges-csv too).")
@click.option("--edges-csv", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True), default=None,
              help="Also write the relations to this CSV file (give --nodes-csv too).")
@handle_errors
def analyze(graph: Path, top: int, fmt: str, chain: tuple[str, str] | None, graphml: Path | None,
            gexf: Path | None, nodes_csv: Path | None, edges_csv: Path | None) -> None:
    """Analyze the network of entities: the most linked, the brokers, the communities,
    the public-private pairs, and the chain of relations between two entities.

    Entities are the nodes, relations the edges (directions ignored for the measures).
    The report gives the graph's size, the top entities by degree centrality (share of
    the others each is linked to) and betweenness centrality (share of shortest paths
    through each), the Louvain communities, and the pairs of a public body (law
    enforcement, government, intergovernmental: the ontology's ppp:sector) and a
    company, ranked by direct relations, their evidence, then operations and
    initiatives both take part in. The same graph always gives the same report:
    Louvain runs with a fixed seed, and betweenness is exact in connected components of
    up to 100 entities and estimated from 100 sources sampled with a fixed seed in larger
    ones (a graph of 5,000 entities takes seconds). GRAPH is a graph file,
    a knowledge-base folder, or '-' (a graph on standard input). Exported files also
    hold each entity's degree, betweenness and community; an export to '-' (standard
    output) takes the place of the report there.

    \b
    Examples:
      graphkit analyze graph.ttl
      graphkit analyze graph.ttl --top 20 --format json
      graphkit analyze graph.ttl --chain Binance Europol
      graphkit analyze kb/ --chain gke:binance "Hongkongs polis"
      graphkit analyze graph.ttl --gexf graph.gexf --nodes-csv nodes.csv --edges-csv edges.csv
      graphkit analyze graph.ttl --graphml - | gzip > graph.graphml.gz
    """
    from .analyze.command import run

    if (nodes_csv is None) != (edges_csv is None):
        raise click.UsageError("--nodes-csv and --edges-csv go together: give both")
    if sum(1 for p in (graphml, gexf, nodes_csv, edges_csv) if p is not None and str(p) == "-") > 1:
        raise click.UsageError("only one export can go to standard output ('-')")
    outcome = run(graph, name=str(graph), top=top, fmt=fmt, chain=chain, graphml=graphml, gexf=gexf,
                  nodes_csv=nodes_csv, edges_csv=edges_csv)
    if outcome.text is not None:
        click.echo(outcome.text, nl=False)
    for kind, paths in outcome.written:
        click.echo(f"{kind}: {', '.join(paths)}", err=True)


@main.command()
@click.argument("store", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, type=TEXT, metavar="URL",
              help="The server's Graph Store Protocol URL, used as given (Oxigraph: /store, Fuseki: "
                   "/DATASET/data, Virtuoso: /sparql-graph-crud, GraphDB and RDF4J: "
                   "/repositories/REPO/rdf-graphs/service); a server's bare URL gets Oxigraph's /store. "
                   "It may hold user:password@.")
@click.option("--timeout", type=FiniteFloatRange(min=0, min_open=True, max=1_000_000),  # push.MAX_TIMEOUT
              default=30.0, show_default=True, metavar="S", help="Seconds one graph's PUT may take in all: connecting, sending, the answer.")
@click.option("--user", type=TEXT, envvar="GRAPHKIT_PUSH_USER", default=None, metavar="NAME",
              help="User for HTTP basic authentication (or GRAPHKIT_PUSH_USER).")
@click.option("--password", type=TEXT, envvar="GRAPHKIT_PUSH_PASSWORD", default=None, metavar="TEXT",
              help="Password of the user; better in GRAPHKIT_PUSH_PASSWORD, out of the shell's history.")
@click.option("--token", type=TEXT, envvar="GRAPHKIT_PUSH_TOKEN", default=None, metavar="TOKEN",
              help="Bearer token, instead of a user and password; better in GRAPHKIT_PUSH_TOKEN.")
@handle_errors
def push(store: Path, endpoint: str, timeout: float, user: str | None, password: str | None,
         token: str | None) -> None:
    """Push a knowledge base's named graphs to a SPARQL 1.1 Graph Store Protocol endpoint.

    Each named graph (one per document) replaces the graph of the same IRI on the
    server with one HTTP PUT, so the server never holds half of a graph. The first
    failure stops the push; the error names the graphs pushed and those not pushed,
    and the exit code is 5. A server that asks for credentials gets them by HTTP basic
    authentication (user:password@ in the URL, or --user and --password) or as a bearer
    token (--token); no message shows a password or a token. The named queries
    (`graphkit query --list`) read the union of the graphs: serve them with a union
    default graph (Oxigraph's --union-default-graph, Fuseki's unionDefaultGraph) and
    they answer as on the knowledge base.

    \b
    Examples:
      oxigraph serve --location server-data --bind 127.0.0.1:7878 --union-default-graph &
      graphkit push kb/ --endpoint http://127.0.0.1:7878
      graphkit push kb/ --endpoint http://127.0.0.1:3030/ds/data     # Fuseki
      GRAPHKIT_PUSH_PASSWORD=… graphkit push kb/ --endpoint https://kb.example/store --user analyst
    """
    from .push import push as run_push, shown_url

    result = run_push(store, endpoint, timeout=timeout, user=user, password=password, token=token)
    graphs = f"{result.graphs} graph{'s' if result.graphs != 1 else ''}"
    triples = f"{result.triples} triple{'s' if result.triples != 1 else ''}"
    click.echo(f"pushed {graphs} ({triples}) to {shown_url(endpoint)}", err=True)


# ---------------------------------------------------------------- curate


@main.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_context
def curate(ctx: click.Context, file: Path) -> None:
    """Record corrections to the graph as decisions in FILE, a Turtle file kept apart
    from what was extracted and replayed on every build.

    Each decision is one node of FILE, with when it was made, who made it (--by) and why
    (--why); the file is written sorted, to be reviewed in git like code. Entities are
    named by their IRI (gke:ncfta) or by a name in any script, which must label one
    entity of the graph the decisions are replayed on (an ambiguous name is an error that
    lists the candidates). A decision whose entity or relation is not in a graph changes
    nothing and is reported as a warning. Replay them with `graphkit build --curation FILE`
    (a knowledge base keeps them and replays them at each build), and score the curated
    graph with `graphkit evaluate --curation FILE`; `graphkit query GRAPH curation` lists
    what they did, `graphkit query GRAPH extracted` gives the graph as extracted.

    \b
    Examples:
      graphkit curate notes.ttl reject-relation binance partnersWith interpol --why "they met once"
      graphkit curate notes.ttl merge gke:ncfta gke:national-cyber-forensics-training-alliance
      graphkit curate notes.ttl reject-entity "Read More"
      graphkit curate notes.ttl rename gke:pakistan-fia "Federal Investigation Agency (Pakistan)"
      graphkit curate notes.ttl add-relation binance participatedIn serengeti --source https://example.org/a
      graphkit curate notes.ttl list
      graphkit curate notes.ttl undo 2
    """
    ctx.obj = file


def _why_and_by(func):
    func = click.option("--by", type=TEXT, default=None, metavar="NAME", help="Who makes the decision.")(func)
    return click.option("--why", type=TEXT, default=None, metavar="TEXT", help="Why: kept with the decision.")(func)


def _record_decision(action: str, **fields) -> None:
    from .curate import add, make

    file = click.get_current_context().obj
    decision = make(action, **fields)
    curation, number = add(file, decision)
    click.echo(f"{printable(file)}: decision {number} of {len(curation)}: {printable(decision.summary())}")


@curate.command("reject-entity")
@click.argument("entities", nargs=-1, required=True, type=TEXT)
@_why_and_by
@handle_errors
def curate_reject_entity(entities: tuple[str, ...], why: str | None, by: str | None) -> None:
    """Reject entities that are not ones (a menu item read as a name): each goes, with its
    mentions, its relations and their evidence; figures about it lose their subject.

    \b
    Example:
      graphkit curate notes.ttl reject-entity "Read More" --why "a link of the page"
    """
    _record_decision("reject-entity", targets=entities, reason=why, by=by)


@curate.command("reject-relation")
@click.argument("subject", type=TEXT)
@click.argument("predicate", type=TEXT)
@click.argument("object", type=TEXT)
@_why_and_by
@handle_errors
def curate_reject_relation(subject: str, predicate: str, object: str, why: str | None, by: str | None) -> None:
    """Reject a relation: SUBJECT PREDICATE OBJECT and its evidence go (partnersWith in both
    directions). PREDICATE is one of the relations: memberOf, partnersWith, worksFor,
    partOf, coordinatedBy, participatedIn, targets, locatedIn, launchedBy, investigates,
    supports, trains.

    \b
    Example:
      graphkit curate notes.ttl reject-relation binance partnersWith interpol --why "they met once"
    """
    _record_decision("reject-relation", subject=subject, predicate=predicate, object=object, reason=why, by=by)


@curate.command("merge")
@click.argument("entities", nargs=-1, required=True, type=TEXT)
@_why_and_by
@handle_errors
def curate_merge(entities: tuple[str, ...], why: str | None, by: str | None) -> None:
    """Merge entities into the last one named, which keeps its IRI, label and class: the
    others' mentions, relations, figures and names (their labels as other names) move to it.

    \b
    Example:
      graphkit curate notes.ttl merge gke:ncfta gke:national-cyber-forensics-training-alliance
    """
    _record_decision("merge", targets=entities, reason=why, by=by)


@curate.command("rename")
@click.argument("entity", type=TEXT)
@click.argument("label", type=TEXT)
@_why_and_by
@handle_errors
def curate_rename(entity: str, label: str, why: str | None, by: str | None) -> None:
    """Give ENTITY the canonical name LABEL; its old label becomes another name, its IRI stays.

    \b
    Example:
      graphkit curate notes.ttl rename gke:pakistan-fia "Federal Investigation Agency (Pakistan)"
    """
    _record_decision("rename", targets=(entity,), label=label, reason=why, by=by)


@curate.command("add-relation")
@click.argument("subject", type=TEXT)
@click.argument("predicate", type=TEXT)
@click.argument("object", type=TEXT)
@click.option("--source", required=True, type=TEXT, metavar="URL",
              help="Where the fact comes from: a URL, or a citation.")
@_why_and_by
@handle_errors
def curate_add_relation(subject: str, predicate: str, object: str, source: str, why: str | None,
                        by: str | None) -> None:
    """Add a relation the text did not yield, with its source. Its classes must fit the
    predicate's domain and range (an Organization participatedIn an Operation), else it
    changes nothing and a build says why.

    \b
    Example:
      graphkit curate notes.ttl add-relation binance participatedIn serengeti --source https://example.org/a
    """
    _record_decision("add-relation", subject=subject, predicate=predicate, object=object, source=source,
                     reason=why, by=by)


@curate.command("list")
@handle_errors
def curate_list() -> None:
    """List the decisions in the order they were made (the order of replay), numbered for undo.

    \b
    Example:
      graphkit curate notes.ttl list
    """
    from .columns import render
    from .curate import load

    file = click.get_current_context().obj
    curation = load(file)
    if not curation.decisions:
        click.echo(f"{printable(file)}: no decision")
        return
    rows = [[str(n), d.when, printable(d.by or ""), printable(d.summary()), printable(d.reason or "")]
            for n, d in enumerate(curation.decisions, 1)]
    for line in render(["#", "when", "by", "decision", "why"], rows, right=[True], free_last=True, max_width=80):
        click.echo(line)
    click.echo(f"undo with: graphkit curate {printable(file)} undo N")


@curate.command("undo")
@click.argument("number", type=click.IntRange(min=1))
@handle_errors
def curate_undo(number: int) -> None:
    """Remove decision NUMBER (as `list` numbers them) from the file; the next build no longer replays it.

    \b
    Example:
      graphkit curate notes.ttl undo 2
    """
    from .curate import undo

    file = click.get_current_context().obj
    gone = undo(file, number)
    click.echo(f"{printable(file)}: undone {number}: {printable(gone.summary())}")


@main.command()
@click.argument("store_dir", metavar="STORE", type=click.Path(path_type=Path, file_okay=False))
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8080, show_default=True,
              help="The port to listen on (0: a free one).")
@click.option("--host", default="127.0.0.1", show_default=True, type=TEXT,
              help="The address to listen on; only this machine can reach the default one.")
@click.option("--curation", "curation_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="A curation file: replayed on STORE now, and the page offers the curation actions, "
                   "which are recorded there and applied at once. Without it the server only reads.")
@click.option("--title", default=None, type=TEXT, help="The page title. Default: the folder's name.")
@handle_errors
def serve(store_dir: Path, port: int, host: str, curation_file: Path | None, title: str | None) -> None:
    """Serve a knowledge base as a local web app, until Ctrl-C.

    \b
    /                 the viewer's page of the current graph (as `graphkit view STORE`),
                      rendered again after each build, removal, update or decision
    /sparql           a read-only SPARQL 1.1 Query endpoint (GET ?query=, POST); results
                      as SPARQL JSON, CSV or TSV by the Accept header, CONSTRUCT as
                      Turtle or N-Triples; updates, SERVICE and LOAD are refused
    /queries/NAME     the named queries (see `graphkit query --list`) as pages, with
                      their parameters in the URL (?org=Binance) and CSV/JSON downloads
    /curate/ACTION    with --curation only: reject-entity, reject-relation, merge,
                      rename, as `graphkit curate` records them (the page's buttons)

    Nothing is fetched from the network. Curation actions carry a token that only the
    served page holds, and requests from other sites are refused. Needs the serve extra:
    pip install 'graphkit[serve]'.

    \b
    Examples:
      graphkit serve kb/
      graphkit serve kb/ --port 9000 --curation notes.ttl
      curl -H 'Accept: text/csv' 'http://127.0.0.1:8080/sparql?query=SELECT%20*%20%7B?s%20?p%20?o%7D%20LIMIT%203'
      curl 'http://127.0.0.1:8080/queries/partners?org=Binance&format=csv'
    """
    from .serve import serve as run

    run(store_dir, host=host, port=port, curation=curation_file, title=title,
        on_ready=lambda url: click.echo(f"serving {printable(store_dir)} at {url} (Ctrl-C stops)", err=True))


def run(args: list[str] | None = None) -> None:
    """The ``graphkit`` command (and ``python -m graphkit``): :func:`main`, then a quick exit.

    What a command loaded (name automatons, language models, a segmenter's dictionary) would be freed
    object by object as Python shuts down, which takes longer than loading it from the cache did. Once the
    command is done, its output flushed and the exit handlers run (temporary files removed, worker processes
    stopped), the process ends without that. Should a flush fail (a closed pipe), Python's own exit runs.
    """
    import atexit
    import gc
    import os
    import threading

    # Python's collector looks for cycles every 700 new objects, over all of them as they age; loading name automatons,
    # language models and an ontology makes millions, and the checks would cost a tenth of a second of a build of a
    # few articles. graphkit makes few cycles: checked every 20,000.
    gc.set_threshold(20_000, 20, 20)
    try:
        main(args=args, prog_name="graphkit")
        code = 0
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):  # a message, as sys.exit("…") gives: Python's exit prints it
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    for thread in threading.enumerate():  # as Python's exit does: threads that are not daemons finish first
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)

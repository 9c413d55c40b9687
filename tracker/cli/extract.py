"""Extraction commands: extract, ingest, eval, and the review subcommands."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click
import pandas as pd

from tracker.cli.options import db_option, open_db
from tracker.models import Tables
from tracker.problems import InputError
from tracker.store import default_location

ARTICLE_FILES = ("*.txt", "*.text", "*.html", "*.htm", "*.xml", "*.rss", "*.atom")


def _known(db: str | None) -> Tables:
    """The stored chronology to match against, without creating a store that does not exist."""
    location = db or default_location()
    if not location.startswith(("postgres://", "postgresql://")) and not Path(location).exists():
        click.echo(f"note: no store at {location}; nothing to match against", err=True)
        return Tables()
    store = open_db(db)
    try:
        return store.load()
    finally:
        store.close()


def _published(value: str | None):
    """The --published day, or a usage error naming the option."""
    from tracker.dates import DateParseError, parse_iso_day

    if value is None:
        return None
    try:
        return parse_iso_day(value)
    except DateParseError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from None


def published_option(command):
    """Add --published DATE: the publication date of articles that give none (a dateline without a year)."""
    return click.option("--published", metavar="YYYY-MM-DD", default=None,
                        help="Publication date for articles that give none (e.g. a dateline without a year); "
                             "articles with their own date keep it.")(command)


def publisher_option(command):
    """Add --publisher NAME: the publisher of articles that name none (no agency in the dateline, no header line)."""
    return click.option("--publisher", metavar="NAME", default=None,
                        help="Publisher for articles that name none (no agency in the dateline, no 'publisher:' or "
                             "'url:' line); articles that name one keep it.")(command)


def _report(exc: InputError) -> None:
    for problem in exc.problems:
        click.echo(str(problem), err=True)


@click.command("extract")
@db_option
@click.argument("file", type=click.Path(allow_dash=True, path_type=Path))
@click.option("--compact", is_flag=True, help="One line of JSON instead of indented.")
@published_option
@publisher_option
def extract_command(db: str | None, file: Path, compact: bool, published: str | None, publisher: str | None) -> None:
    """Print the events found in an article (text, HTML or RSS/Atom) as JSON; change nothing.

    Each event says which stored event it matches, if any. Use - to read standard input.
    An article whose dateline has no year ("ASTANA, March 3 (Interfax) -") gets one inferred, with a
    note and a lower confidence; one with no date at all has its events dated by "on Sunday" or
    "in August" left undated. --published gives the date; "tracker ingest" stores nothing from an
    article with no date at all until it is given.

    Example:

        \b
        tracker extract ../shared/seeds/000_cfe07add8a2e0fb0.txt
        tracker extract wire.txt --published 2023-03-03
    """
    from tracker.extract import articles_from_bytes, extract_articles, extraction_json, read_articles
    from tracker.extract.article import dated, named

    day = _published(published)
    try:
        if str(file) == "-":
            articles = articles_from_bytes(sys.stdin.buffer.read(), "<stdin>")
        else:
            articles = read_articles(file)
    except InputError as exc:
        _report(exc)
        raise click.ClickException(f"{file}: not an article; nothing extracted") from None
    extractions = extract_articles(named(dated(articles, day), publisher), _known(db))
    for extraction in extractions:
        for note in extraction.notes:
            click.echo(f"note: {note}", err=True)
    data = [extraction_json(x) for x in extractions]
    click.echo(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=None if compact else 2))


def _article_files(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted({f for pattern in ARTICLE_FILES for f in path.rglob(pattern) if f.is_file()})
        else:
            files.append(path)
    return files


@click.command("ingest")
@db_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@published_option
@publisher_option
def ingest_command(db: str | None, paths: tuple[Path, ...], published: str | None, publisher: str | None) -> None:
    """Store the events of articles as candidates, with the article as their source.

    A candidate already stored gets the article as a new source instead; for a confirmed event
    the article is only suggested as a source, to accept or reject with `tracker review`. An
    article already ingested changes nothing. Folders are read recursively (.txt, .html, .xml, .rss, .atom).
    An article whose date has no year gets the year its text implies, with a warning; give --published to set it.
    An article with no date at all, or naming no publisher, is not stored until --published or --publisher gives it.

    Example:

        \b
        tracker ingest ../shared/seeds/ --db var/astana.db
        tracker ingest wire.txt --published 2023-03-03 --publisher Reuters
    """
    from tracker.extract import Lexicon, extract_articles, read_articles
    from tracker.extract.article import dated, named
    from tracker.extract.ingest import has_rows, plan_ingest

    day = _published(published)
    store = open_db(db)
    known = store.load()
    lexicon = Lexicon(known)
    files = _article_files(paths)
    failed = 0
    articles = []
    show_bar = any(p.is_dir() for p in paths)
    with click.progressbar(files, label="Reading articles", file=sys.stderr, show_pos=True,
                           hidden=not show_bar) as bar:
        for path in bar:
            try:
                articles += read_articles(path)
            except InputError as exc:
                _report(exc)
                failed += 1
    extractions = extract_articles(named(dated(articles, day), publisher), known, lexicon)
    tables, report = plan_ingest(extractions, known, suggested=store.suggestions(("pending", "rejected")))
    for note in [n for x in extractions for n in x.notes if "no year in" in n] + report.notes:
        click.echo(f"note: {note}", err=True)
    if has_rows(tables) or len(report.suggestions) or report.texts:
        store.save_ingest(tables, report.suggestions, report.texts)
    new_actors = len(tables.actors)
    click.echo(f"{report}" + (f"; {new_actors} new candidate actor(s)" if new_actors else "") +
               (f"; {failed} file(s) refused" if failed else "") + f" ({store.location}).")
    if failed and not articles:
        raise click.ClickException("no article could be read; nothing was stored")


#: Named corpora of `tracker eval --corpus`, relative to the checkout (the CLI resolves them; the core takes a folder).
CORPORA = {"synthetic": ("tests", "corpus"), "real": ("tests", "corpus", "real")}


def corpus_folder(corpus: str) -> Path:
    """The folder of a named corpus ('synthetic', 'real') in this checkout, or the folder given."""
    if corpus in CORPORA:
        return Path(__file__).resolve().parents[2].joinpath(*CORPORA[corpus])
    return Path(corpus)


@click.command("eval")
@click.option("--corpus", default="synthetic", show_default=True, metavar="synthetic|real|FOLDER",
              help="Labelled corpus: the synthetic one (tests/corpus), the real one (tests/corpus/real, "
                   "texts in its git-ignored texts/ folder) or a folder of either kind.")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True,
              help="Real corpus only: score the dev split, the test split or both.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shipped data to match against (default: data/).")
@click.option("--details", is_flag=True, help="List every missed and spurious event.")
def eval_command(corpus: str, split: str, data_dir: Path | None, details: bool) -> None:
    """Score extraction against a labelled corpus: recall, precision and per-field accuracy.

    The real corpus is scored per split, with counts per publisher and process; its texts are not in
    the repository, so the missing ones are named (and nothing is scored when none is present).

    Example:

        \b
        tracker eval --details
        tracker eval --corpus real --split dev
    """
    from tracker.extract.evaluate import DATA, evaluate, evaluate_real, is_real

    folder = corpus_folder(corpus)
    if not folder.is_dir():
        raise click.BadParameter(f"{folder}: no such folder", param_hint="--corpus")
    if not is_real(folder):
        result = evaluate(folder, data_dir or DATA)
        click.echo(result.table())
        if details:
            for line in result.details:
                click.echo(line)
        return
    result = evaluate_real(folder, data_dir or DATA, split)
    for name in result.missing:
        click.echo(f"missing: {folder / 'texts' / name}", err=True)
    if result.articles == 0:
        click.echo(f"note: none of the {len(result.missing)} texts of the {split} split is present in "
                   f"{folder / 'texts'}; nothing scored (see {folder / 'README.md'} to get them)")
        return
    if result.missing:
        click.echo(f"note: {len(result.missing)} text(s) missing; scored the {result.articles} present", err=True)
    click.echo(f"== {split} split\n{result.table()}")
    if details:
        for line in result.details:
            click.echo(line)


@click.group("review")
def review_group() -> None:
    """Review extracted candidates and suggested sources: list, accept, reject, edit, or merge into an event.

    Example:

        \b
        tracker review list && tracker review merge x-statement-20230622-ab12cd34 kaz-statement-2023-06-22
    """


@review_group.command("list")
@db_option
def review_list(db: str | None) -> None:
    """List candidate events, surest first, with the sentence they came from; then the sources
    suggested for confirmed events (accept or reject them by their id).

    Example:

        \b
        tracker review list --db var/astana.db
    """
    from tracker.extract.review import candidates

    store = open_db(db, existing=True)
    tables = store.load()
    events = candidates(tables)
    _list_suggestions(store, dict(zip(tables.events["event_id"], tables.events["title"])))
    if events.empty:
        click.echo("No candidates to review.")
        return
    for row in events.itertuples(index=False):
        confidence = "" if pd.isna(row.confidence) else f"  (confidence {row.confidence:.2f})"
        click.echo(f"{row.event_id}  {row.start_date:%Y-%m-%d}  {row.event_type}  {row.title}{confidence}")
        evidence = row.evidence if isinstance(row.evidence, str) else row.summary
        click.echo(f"    {evidence if isinstance(evidence, str) else ''}")


def _run(db: str | None, action, *args) -> Tables:
    from tracker.extract.review import ReviewError

    store = open_db(db, existing=True)
    try:
        changes = action(store.load(), *args)
    except ReviewError as exc:
        if len(exc.lines) > 1:  # every bad field and line, one to a line, not the first alone
            raise click.ClickException("not saved:\n" + "\n".join(f"  {line.replace(': error: ', ': ')}" for line in exc.lines)) from None
        raise click.ClickException(str(exc).replace(": error: ", ": ")) from None  # the terminal says "Error:" once
    name = {"plan": "edit"}.get(action.__name__, action.__name__)
    store.save(changes, action=f"review {name}")  # recorded in the events' history as this review action
    return changes


@review_group.command("accept")
@db_option
@click.argument("event_id")
def review_accept(db: str | None, event_id: str) -> None:
    """Confirm a candidate (and the new actors it names), or attach a suggested source to its event.

    Example:

        \b
        tracker review accept x-proposal-20230621-1a2b3c4d
        tracker review accept astana-20:src-0123456789abcdef
    """
    from tracker.extract.review import accept, past_plan

    if _suggestion(db, event_id, accept=True):
        return
    past = past_plan(_run(db, accept, event_id), event_id, dt.date.today())
    click.echo(f"Accepted {event_id}." + (f" {past}" if past else ""))


@review_group.command("reject")
@db_option
@click.argument("event_id")
def review_reject(db: str | None, event_id: str) -> None:
    """Mark a candidate rejected (it is kept, never deleted), or drop a suggested source.

    Example:

        \b
        tracker review reject x-statement-20230622-1a2b3c4d
        tracker review reject astana-20:src-0123456789abcdef
    """
    from tracker.extract.review import reject

    if _suggestion(db, event_id, accept=False):
        return
    _run(db, reject, event_id)
    click.echo(f"Rejected {event_id}.")


@review_group.command("merge")
@db_option
@click.argument("event_id")
@click.argument("into_id")
def review_merge(db: str | None, event_id: str, into_id: str) -> None:
    """Move a candidate's sources, quotes and actors onto an existing event; the candidate is rejected.

    Example:

        \b
        tracker review merge x-statement-20230622-1a2b3c4d kaz-statement-2023-06-22
    """
    from tracker.extract.review import merge

    _run(db, merge, event_id, into_id)
    click.echo(f"Merged {event_id} into {into_id}.")


@review_group.command("edit")
@db_option
@click.argument("event_id")
@click.option("--set", "pairs", multiple=True, metavar="FIELD=VALUE",
              help="A field to change, e.g. --set start_date=2023-06-21 (repeatable).")
@click.option("--actor", "actors", multiple=True, metavar="'NAME: ROLE'",
              help="The event's actors become these (repeatable), e.g. --actor 'Kazakhstan: host'; an actor not "
                   "stored yet with its kind and country: --actor 'Ana Vela (official, KAZ): speaker'.")
@click.option("--link", "links", multiple=True, metavar="'TYPE: EVENT_ID'",
              help="The event's links become these (repeatable): the other event by id, title or round, e.g. "
                   "--link 'follows: astana-19' or --link 'follows: Astana round 19'.")
def review_edit(db: str | None, event_id: str, pairs: tuple[str, ...], actors: tuple[str, ...],
                links: tuple[str, ...]) -> None:
    """Change fields, actors with their roles, or links of an event before accepting it.

    Example:

        \b
        tracker review edit x-proposal-20230621-1a2b3c4d --set status=held --set round_number=20
        tracker review edit x-meeting-20230621-1a2b3c4d --actor 'Kazakhstan: host' --actor 'Russia: guarantor'
    """
    from tracker.event_refs import event_refs
    from tracker.extract.review import changed, revise

    if not (pairs or actors or links):
        raise click.UsageError("give at least one --set, --actor or --link")
    changes = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.UsageError(f"--set {pair!r}: use FIELD=VALUE")
        field, value = pair.split("=", 1)
        changes[field.strip()] = value.strip()

    def plan(tables: Tables, event_id: str) -> Tables:
        revised = revise(tables, event_id, changes, "\n".join(actors) if actors else None,
                         "\n".join(links) if links else None, lambda named: event_refs(tables.events, named))
        return changed(revised, event_id, since=tables)

    _run(db, plan, event_id)
    click.echo(f"Updated {event_id}: {', '.join([*changes, *(['actors'] if actors else []), *(['links'] if links else [])])}.")


@review_group.command("add")
@db_option
@click.argument("article")
@click.option("--quote", "selection", default=None, metavar="TEXT",
              help="Text of the article that reports the event: its evidence, and what extraction reads in it (dates, "
                   "actors, venue, process) the start of the event.")
@click.option("--set", "pairs", multiple=True, metavar="FIELD=VALUE",
              help="A cell of the import format (repeatable), over what the text gives, e.g. --set title='...' "
                   "--set event_type=meeting --set 'actors=Russia [participant]; Iran [participant]'.")
@click.option("--show", is_flag=True, help="Print the cells the event would start from, and store nothing.")
def review_add(db: str | None, article: str, selection: str | None, pairs: tuple[str, ...], show: bool) -> None:
    """Add an event that extraction missed, citing a stored article: ARTICLE is a candidate's, a suggested
    source's or a source's id. The event's source is that article (its text kept with it); it is confirmed
    when you --set a field (unless --set review_state=candidate), a candidate in the review queue when only
    extraction's reading of --quote fills it, and recorded in its history as added by you.

    Example:

        \b
        tracker review add x-announcement-20240314-1a2b3c4d --quote "Experts met in Geneva on Monday." --show
        tracker review add x-announcement-20240314-1a2b3c4d --quote "Experts met in Geneva on Monday." \\
            --set title="Guarantors' experts meet in Geneva" --set event_type=meeting
    """
    from tracker.cli.edits import _refused, parse_pairs, plain
    from tracker.cli.options import open_tracker
    from tracker.from_article import add_stored, stored_start
    from tracker.store.history import EditRefused

    values = parse_pairs(pairs) or {"review_state": "candidate"}  # no one checked extraction's guess: for review
    t = open_tracker(db, existing=True)
    try:
        if show:
            start = stored_start(t.store, article, selection)[1]
            for line in start.found:
                click.echo(plain(line))
            for field, value in {**start.values, **values}.items():
                click.echo(f"{field}={plain(value)}")
            return
        change, start = add_stored(t.store, article, selection, values)
    except (EditRefused, KeyError) as exc:
        raise _refused(exc) from None
    for line in start.found:
        click.echo(plain(line), err=True)
    for warning in change.warnings:
        click.echo(plain(warning), err=True)
    click.echo(f"Added {change.event_id} (version {change.version}): {plain(change.title)}")


def _list_suggestions(store, titles: dict) -> None:
    """Print the pending suggested sources, surest first, with what accepting one does."""
    from tracker.suggestions import describe

    pending = store.suggestions()
    if pending.empty:
        return
    click.echo(f"{len(pending)} suggested source(s) for confirmed events (accept or reject by id):")
    for row in pending.itertuples(index=False):
        confidence = "" if pd.isna(row.confidence) else f"  (confidence {row.confidence:.2f})"
        click.echo(f"{row.suggestion_id}  {describe(row._asdict(), titles.get(row.event_id))}{confidence}")
        click.echo(f"    {row.evidence if isinstance(row.evidence, str) else ''}")
    click.echo("")


def _suggestion(db: str | None, suggestion_id: str, accept: bool) -> bool:
    """Accept or reject a pending suggested source; False when the id is not one (it may be an event's)."""
    store = open_db(db, existing=True)
    pending = store.suggestions()
    if suggestion_id not in set(pending["suggestion_id"]):
        rejected = store.suggestions(("rejected",))
        if suggestion_id in set(rejected["suggestion_id"]):
            raise click.ClickException(f"the suggestion {suggestion_id} was rejected already")
        return False
    if accept:
        event_id = store.accept_suggestion(suggestion_id)
        click.echo(f"Accepted: {suggestion_id} is now a source of {event_id}.")
    else:
        event_id = store.reject_suggestion(suggestion_id)
        click.echo(f"Rejected the suggested source {suggestion_id}; {event_id} is unchanged.")
    return True


COMMANDS = [extract_command, ingest_command, eval_command, review_group]

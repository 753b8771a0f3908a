"""`evaluator demo`: the command and its options; the round itself (reportlab, openpyxl, the
crypto) is imported only when it runs, so `evaluator demo --help` answers at once."""

from pathlib import Path

import click

from evaluator_demo.rounds import PROGRAMS


@click.command("demo")
@click.option("--dir", "dest", type=click.Path(file_okay=False, path_type=Path),
              default=Path("demo-out"), show_default=True,
              help="Folder for the demo round, everyone's workspace and identity, the outputs.")
@click.option("--program", type=click.Choice(PROGRAMS), default="strong-small",
              show_default=True, help="Which contest the round is for.")
@click.option("--simulate", is_flag=True,
              help="Every member scores and signs; then the chair consolidates (report.pdf).")
@click.option("--presentation", is_flag=True,
              help="Then the 발표 day (implies --simulate): the top six present, the members "
                   "hand in partial sheets, the chair combines 서면 30 % + 발표 70 %.")
@click.option("--no-gui", is_flag=True, help="Stop before opening the desktop app.")
@click.option("--applications", "count", type=click.IntRange(2, 60), metavar="N",
              help="Number of applications (default: the program's; 강소형 16).")
def demo(dest: Path, program: str, simulate: bool, presentation: bool, no_gui: bool,
         count: int | None) -> None:
    """A whole round: a secretariat, a chair and seven members, then the desktop app."""
    from evaluator_demo.play import run_demo

    run_demo(dest, program, simulate, presentation, no_gui, count)

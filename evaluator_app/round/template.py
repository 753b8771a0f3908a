"""`session template`: the blank applicants table of a program and a commented spec.toml.

applicants.xlsx has the Korean headers the program needs (columns.py), drop-down lists for 기관
유형 and 세부유형, a range check on 인구, one example row (신청번호 예시, skipped when read) and a
second sheet 안내 saying what goes where.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from evaluator_app.errors import SpecError
from evaluator_app.programs import Program
from evaluator_app.replacing import written_in_place
from evaluator_app.round.applicants import SHEET
from evaluator_app.round.columns import (
    APPLICANT,
    DOCUMENTS,
    EXAMPLE_ID,
    ID,
    JURISDICTION,
    KIND,
    PARTNER,
    POPULATION,
    SUBTYPE,
    TITLE,
    Column,
    columns_for,
)
from evaluator_app.round.model import MAX_POPULATION
from evaluator_app.round.new import STAGE_SLUG, pledge_text

ROWS = 500  # rows the validations cover
EXAMPLES = {  # the example row per program (the 2025 selections where the seeds name one)
    "base": ("전북 전주시", "시", 640_000, "", "전북 Smart Region의 출발점, Adaptive City 전주"),
    "strong-small": ("경기 안산시", "시", 690_000, "population",
                     "미래 상호문화 플랫폼 도시의 표준을 만들다"),
    "diffusion": ("가온군 (가상 예시)", "군", 48_000, "", "가온 스마트 횡단보도·버스정류장 확산"),
    "complex": ("대구광역시", "광역시", 2_370_000, "", "AI산업 플랫폼 스마트 알파시티"),
    "kcity-plan": ("아우렐리아 공화국 정부 (가상 예시)", "외국 정부", None, "",
                   "아우렐리아 가온시 스마트 교통 마스터플랜 수립"),
    "kcity-demo": ("(주)가람모빌리티 컨소시엄 (가상 예시)", "컨소시엄", None, "",
                   "세렌디아 누리시 자율주행 셔틀 해외실증"),
}
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
EXAMPLE_FONT = Font(italic=True, color="808080")


def _example(program: Program) -> dict[str, object]:
    applicant, kind, population, subtype, title = EXAMPLES.get(
        program.id, ("(가상 예시) 기관", program.applicant_kinds[0], None, "", "사업명"))
    return {ID.field: EXAMPLE_ID, APPLICANT.field: applicant, KIND.field: kind,
            POPULATION.field: population,
            SUBTYPE.field: program.subtypes.get(subtype) or next(iter(program.subtypes.values()),
                                                                 ""),
            TITLE.field: title, PARTNER.field: "세렌디아 누리시 교통청 (가상)",
            JURISDICTION.field: "아우렐리아 가온시", DOCUMENTS.field: None}


def _validation(sheet: Worksheet, letter: str, dv: DataValidation) -> None:
    dv.add(f"{letter}2:{letter}{ROWS + 1}")
    sheet.add_data_validation(dv)


def write_applicants_template(program: Program, path: Path) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.title = SHEET
    columns = columns_for(program)
    example = _example(program)
    for i, col in enumerate(columns, start=1):
        letter = get_column_letter(i)
        head = sheet.cell(1, i, col.header)
        head.font, head.fill = Font(bold=True), HEADER_FILL
        head.comment = Comment(col.help, "Evaluation Desk")
        cell = sheet.cell(2, i, example[col.field])
        cell.font = EXAMPLE_FONT
        sheet.column_dimensions[letter].width = {TITLE.field: 44, APPLICANT.field: 26,
                                                 DOCUMENTS.field: 30}.get(col.field, 14)
        if col is KIND:
            _validation(sheet, letter, _list(program.applicant_kinds, "기관 유형"))
        elif col is SUBTYPE:
            _validation(sheet, letter, _list(tuple(program.subtypes.values()), "세부유형"))
        elif col is POPULATION:
            top = (program.population_below or MAX_POPULATION + 1) - 1
            _validation(sheet, letter, DataValidation(
                type="whole", operator="between", formula1="1", formula2=str(top),
                showErrorMessage=True, errorTitle="인구",
                error=f"1부터 {top:,}까지의 정수를 입력하십시오 ({program.name_ko})"))
        elif col is ID:
            _validation(sheet, letter, DataValidation(
                type="textLength", operator="between", formula1="1", formula2="64",
                showErrorMessage=True, errorTitle="신청번호", error="A01처럼 적으십시오"))
    sheet.cell(2, 1).comment = Comment("예시 행: 신청번호가 '예시'인 행은 읽지 않습니다. "
                                       "지우거나 덮어써도 됩니다.", "Evaluation Desk")
    sheet.freeze_panes = "A2"
    _guide(wb.create_sheet("안내"), program, columns)
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_in_place(path) as tmp:  # --force over a table still open in Excel
        wb.save(tmp)
    return path


def _list(values: tuple[str, ...], title: str) -> DataValidation:
    return DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True,
                          showErrorMessage=True, errorTitle=title,
                          error=f"목록의 값 중 하나를 고르십시오: {', '.join(values)}")


def _guide(sheet: Worksheet, program: Program, columns: tuple[Column, ...]) -> None:
    sheet.append([f"{program.name_ko} ({program.id}) 신청기관 목록 작성 안내"])
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    sheet.append(["열", "내용"])
    for col in columns:
        sheet.append([col.header, col.help])
    sheet.append([])
    sheet.append(["기관 유형", ", ".join(program.applicant_kinds)])
    if program.subtypes:
        sheet.append(["세부유형", ", ".join(program.subtypes.values())])
    if program.population_below is not None:
        sheet.append(["인구 상한", f"{program.population_below:,}명 미만"])
    sheet.append(["문서", "PDF만 받습니다 (HWP·DOCX는 PDF로 저장). 문서 폴더의 'A01*.pdf' 또는 "
                  "'A01/' 폴더가 A01의 문서입니다"])
    sheet.append(["근거", program.source])
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 100


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def spec_template(program: Program, stage: str, rubric: str | None, rubrics: dict[str, str],
                  year: int) -> str:
    """A commented spec.toml for the program: what `session new` writes, by hand."""
    title = f"{year} {program.name_ko} {stage}평가"
    sid = f"{year}-{program.id}-{STAGE_SLUG.get(stage, 'written')}"
    app = ['# id = "A01"', '# applicant = "신청기관"',
           f'# applicant_kind = "{program.applicant_kinds[0]}"   # '
           f'{", ".join(program.applicant_kinds)}', '# title = "사업명"']
    if program.population_below is not None:
        app.append(f"# population = 100000   # below {program.population_below:,}")
    if program.subtypes:
        app.append(f'# subtype = "{next(iter(program.subtypes))}"   # ' + ", ".join(
            f"{k} = {v}" for k, v in program.subtypes.items()))
    if program.overseas_partner_required:
        app.append('# overseas_partner = "해외 협력기관"   # required')
    if program.one_per_jurisdiction:
        app.append('# jurisdiction = "국가 도시"   # one application per jurisdiction')
    app.append('# documents = ["documents/A01_사업계획서.pdf"]   # PDF only, relative to this file')
    if stage == "발표":
        app.append('# slides = ["documents/A01_발표자료.pdf"]   # 발표자료 (kind slides)')
    lines = [
        f"# Session spec template for {program.name_ko} ({program.id}), {stage}평가,",
        "# written by `evaluator session template`. The usual way is to fill applicants.xlsx",
        "# and let `evaluator session new` write the spec, checked:",
        f"#   evaluator session new --program {program.id} --stage {stage} --title \"{title}\" \\",
        "#       --applicants applicants.xlsx --documents documents --cards cards --out spec.toml",
        "# To write one by hand, fill in below and run `evaluator session check spec.toml`.",
        f"# Rules of the call: {program.source}",
        "",
        "[session]",
        f"id = {_q(sid)}",
        f"program = {_q(program.id)}",
        f"stage = {_q(stage)}",
        f"title = {_q(title)}",
        f"sites_to_select = {program.sites_to_select}   # the call's number; fewer is allowed",
        f"year = {year}",
        "# quorum = 5   # fewer scores than this on an application: a small panel",
    ]
    if rubric:
        lines.append(f"rubric = {_q(rubric)}   # `evaluator rubric list` shows the others")
    else:
        lines += ["", "[session.rubrics]   # one rubric per sub-type"]
        lines += [f"{s} = {_q(r)}" for s, r in rubrics.items()]
    if stage == "발표":
        lines += ["", "[session.review]   # the 발표 day",
                  "presentation_minutes = 10", "questions_minutes = 10",
                  'order = "spec"   # or "draw": drawn in the room']
    if stage != "서면":
        lines += ["", "# [session.previous]   # the earlier stage's signed result",
                  '# result = "../written/result.json"', '# chair = "cards/chair.json"',
                  "# shortlist = 6   # or \"pass\" (선정/예비)",
                  "# weight = 0.3   # share of the earlier stage in the final score"]
    lines += ["", "# One [[applications]] table per application:", "# [[applications]]", *app,
              "", "# The committee: every member's public card (`evaluator identity card`).",
              "# [roster]", '# chair = "cards/chair.json"',
              '# members = ["cards/m1.json", "cards/m2.json"]',
              "# [roster.confirmed]   # fingerprints compared aloud with their owners",
              '# "cards/m1.json" = { how = "phone", fingerprint = "ABCD 1234 …" }   '
              "# or how = \"in-person\"",
              "", "# [window]   # when members may open the bundle",
              "# opens = 2025-06-02T09:00:00+09:00", "# closes = 2025-06-13T18:00:00+09:00",
              "", "# [pledge]   # accepted by each member before scoring",
              f"# text = {_q(pledge_text(title))}",
              "", "# [[conflicts]]   # declared by the secretariat: that member cannot open it",
              '# member = "cards/m2.json"', '# application = "A03"',
              '# ground = "advice"   # party, relative, advice, agent, same-org, mentor, '
              "joint-research, prior-contact, other",
              '# reason = "2024년 해당 지자체 스마트도시계획 자문"',
              "", "# [bundle]", "# allow_print = false   # members may print the documents"]
    return "\n".join(lines) + "\n"


def write_template(program_id: str, stage: str, out: Path, home: Path | None = None,
                   force: bool = False) -> tuple[Path, Path]:
    """applicants.xlsx and spec.toml for the program and stage in `out`; SpecError when the
    program or its rubric for the stage is unknown, or a file would be overwritten."""
    from evaluator_app.programs import load_programs
    from evaluator_app.round.new import session_rubrics

    programs = load_programs()
    if program_id not in programs:
        raise SpecError(f"unknown program {program_id!r} (known: {', '.join(programs)})")
    program = programs[program_id]
    rubric, rubrics, problems = session_rubrics(program, stage, home)
    if problems:
        raise SpecError(problems[0].text)
    out = Path(out)
    table, spec = out / "applicants.xlsx", out / "spec.toml"
    existing = [p for p in (table, spec) if p.exists()]
    if existing and not force:
        raise SpecError(f"{existing[0]} already exists (it may hold your work); choose another "
                        "--out folder, or pass --force to overwrite")
    from evaluator_app.rubric.catalogue import load_catalogue

    year = load_catalogue(home)[rubric or next(iter(rubrics.values()))].year
    write_applicants_template(program, table)
    with written_in_place(spec) as tmp:
        tmp.write_text(spec_template(program, stage, rubric, rubrics, year), encoding="utf-8",
                       newline="\n")
    return table, spec

"""The applicants table's columns: Korean headers, and which ones a program needs.

Derived from the program catalogue (programs.py): 인구 where the call caps the population, 세부유형
where it has sub-types, 해외 협력기관 where a partner is mandatory, 관할 where one application per
jurisdiction is allowed.
"""

import re
import unicodedata
from dataclasses import dataclass

from evaluator_app.programs import Program


@dataclass(frozen=True)
class Column:
    field: str  # the spec's key
    header: str  # the Korean header of the table
    help: str  # what goes in it (the template's 안내 sheet)


ID = Column("id", "신청번호", "A01, A02 … (영문·숫자·'-'·'_'·'.'); "
            "문서 파일 이름이 이것으로 시작합니다")
APPLICANT = Column("applicant", "신청기관", "신청 지자체·기관 이름 (예: 경기 안산시)")
KIND = Column("applicant_kind", "기관 유형", "목록에서 고르십시오")
POPULATION = Column("population", "인구", "주민등록 인구, 숫자만 (예: 690000)")
SUBTYPE = Column("subtype", "세부유형", "목록에서 고르십시오")
TITLE = Column("title", "사업명", "사업계획서의 사업명")
PARTNER = Column("overseas_partner", "해외 협력기관", "해외 협력기관 이름 (필수)")
JURISDICTION = Column("jurisdiction", "관할",
                      "관할 (국가·도시); 관할마다 한 건만 신청할 수 있습니다")
DOCUMENTS = Column("documents", "문서", "비워 두면 문서 폴더에서 '신청번호*.pdf'를 찾습니다; "
                   "다른 이름이면 파일 이름을 ';'로 나누어 적으십시오")
CONSORTIUM = Column("consortium", "컨소시엄", "참여 기관 이름, ';'로 나눔 (선택)")
ALL = (ID, APPLICANT, KIND, POPULATION, SUBTYPE, TITLE, PARTNER, JURISDICTION, DOCUMENTS,
       CONSORTIUM)
EXAMPLE_ID = "예시"  # the template's example row; rows whose 신청번호 starts with it are skipped


def columns_for(program: Program) -> tuple[Column, ...]:
    """The template's columns for `program`, in the order of issue 18."""
    out = [ID, APPLICANT, KIND]
    if program.population_below is not None:
        out.append(POPULATION)
    if program.subtypes:
        out.append(SUBTYPE)
    out.append(TITLE)
    if program.overseas_partner_required:
        out.append(PARTNER)
    if program.one_per_jurisdiction:
        out.append(JURISDICTION)
    out.append(DOCUMENTS)
    return tuple(out)


def required_for(program: Program) -> tuple[Column, ...]:
    """The columns a table for `program` must have (관할 and 문서 may be left out)."""
    return tuple(c for c in columns_for(program) if c not in (JURISDICTION, DOCUMENTS))


def fold(text: str) -> str:
    """Compared loosely: NFKC, no spaces or middle dots/brackets, case folded ('기관유형' =
    '기관 유형'; '지역소멸(인구변화) 대응형' = '지역소멸·인구변화 대응형')."""
    return re.sub(r"[\s·・()\[\]]", "", unicodedata.normalize("NFKC", text)).casefold()


HEADER_FIELDS = {fold(c.header): c for c in ALL} | {fold(c.field): c for c in ALL}

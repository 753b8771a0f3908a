"""Shared by the test_round_* modules: a committee's identities and a secretariat's filling of
the applicants template, as someone would in a spreadsheet program."""

from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from pdf_files import write_pdf

from evaluator_app.trust.identity import Identity

# program → rows as a secretariat types them (Korean labels as the template's lists offer)
ROWS = {
    "base": [{"신청번호": "A01", "신청기관": "전북 전주시", "기관 유형": "시",
              "사업명": "Adaptive City 전주"},
             {"신청번호": "A02", "신청기관": "가온시 (가상 예시)", "기관 유형": "시",
              "사업명": "AI 거점 스마트도시 가온"}],
    "strong-small": [{"신청번호": "A01", "신청기관": "경기 안산시", "기관 유형": "시",
                      "인구": 690000, "세부유형": "지역소멸·인구변화 대응형",
                      "사업명": "미래 상호문화 플랫폼 도시"},
                     {"신청번호": "A02", "신청기관": "경남 김해시", "기관 유형": "시",
                      "인구": "530,000", "세부유형": "기후위기 대응형", "사업명": "ACE 김해"}],
    "diffusion": [{"신청번호": "A01", "신청기관": "누리군 (가상 예시)", "기관 유형": "군",
                   "인구": 48000, "사업명": "스마트 횡단보도 확산"},
                  {"신청번호": "A02", "신청기관": "다솜구 (가상 예시)", "기관 유형": "구",
                   "인구": 210000, "사업명": "스마트 주차 확산"}],
    "complex": [{"신청번호": "A01", "신청기관": "대구광역시", "기관 유형": "광역시",
                 "사업명": "스마트 알파시티"},
                {"신청번호": "A02", "신청기관": "하늬시 (가상 예시)", "기관 유형": "시",
                 "사업명": "어반테크 실증 특화단지"}],
    "kcity-plan": [{"신청번호": "A01", "신청기관": "아우렐리아 공화국 정부 (가상 예시)",
                    "기관 유형": "외국 정부", "사업명": "교통 마스터플랜",
                    "관할": "아우렐리아 가온시"},
                   {"신청번호": "A02", "신청기관": "세렌디아 누리시 (가상 예시)",
                    "기관 유형": "외국 지방정부", "사업명": "물관리 계획",
                    "관할": "세렌디아 누리시"}],
    "kcity-demo": [{"신청번호": "A01", "신청기관": "(주)가람모빌리티 (가상 예시)",
                    "기관 유형": "기업", "사업명": "자율주행 셔틀 해외실증",
                    "해외 협력기관": "세렌디아 교통청 (가상)"},
                   {"신청번호": "A02", "신청기관": "(주)누리에너지 컨소시엄 (가상 예시)",
                    "기관 유형": "컨소시엄", "사업명": "스마트 폴 해외실증",
                    "해외 협력기관": "로비아 환경청 (가상)"}],
}


@dataclass
class People:
    secretariat: Identity
    chair: Identity
    members: list[Identity]


def make_people(n_members: int = 2) -> People:
    return People(Identity.generate("사무국 간사", "KAIA", "secretariat"),
                  Identity.generate("정위원장", "한양대학교", "chair"),
                  [Identity.generate(f"위원{i}", f"대학교 {i}") for i in range(1, n_members + 1)])


def save_cards(people: People, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    people.chair.card.save(folder / "위원장.json")
    for i, m in enumerate(people.members, 1):
        m.card.save(folder / f"m{i}.json")
    return folder


def fill_template(template: Path, rows: list[dict], out: Path, keep_example: bool = True
                  ) -> Path:
    """Type rows into the template below its header (under the example row, or over it)."""
    wb = load_workbook(template)
    sheet = wb["신청기관"]
    header = [c.value for c in sheet[1]]
    first = 3 if keep_example else 2
    for r, row in enumerate(rows, start=first):
        for name, value in row.items():
            sheet.cell(r, header.index(name) + 1, value)
    wb.save(out)
    return out


def write_documents(folder: Path, ids: list[str]) -> Path:
    for aid in ids:
        write_pdf(folder / f"{aid}_사업계획서.pdf")
    return folder

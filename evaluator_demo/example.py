"""A demo evaluation round: the 2025 강소형 contest with application PDFs made on the spot.

The first three applications are the plans MOLIT selected in 2025 (seed 004, press release
2025-06); the other three are fictional applicants (가온시, 누리군, 다솜시) marked as examples.
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from evaluator_app.fonts import register_korean_fonts

SESSION_ID = "2025-strong-small-written"

DEMO_APPS = [
    {
        "id": "A01", "applicant": "경기 안산시", "applicant_kind": "시", "population": 690_000,
        "subtype": "population", "title": "미래 상호문화 플랫폼 도시의 표준을 만들다",
        "summary": [
            "내국인 감소, 외국인 비중 증가 등 인구변화에 대응하여 원곡동, 초지동 일원에",
            "외국시민이 쉽게 접근할 수 있는 스마트 특화서비스를 도입한다.",
            "다국어 지원 안산형 통합교통서비스(MaaS), 다문화지역 행동 데이터 기반",
            "상권 활성화 플랫폼, 외국시민 자녀를 위한 AI 기반 맞춤형 교육 서비스.",
        ],
    },
    {
        "id": "A02", "applicant": "경북 김천시", "applicant_kind": "시", "population": 137_000,
        "subtype": "population", "title": "Mobility Do Everything, 모두를 위한 스마트도시",
        "summary": [
            "모빌리티 기술 산업을 발판으로 어모면, 개령면, 율곡동 일원을 모빌리티 특화",
            "스마트도시로 조성하여 일자리 창출로 지역소멸에 대응한다.",
            "김천형 MaaS, 자율주행 DRT, 드론 기반 AI 도시안전관리, 생활물류배달,",
            "모빌리티 이노베이션 센터 조성.",
        ],
    },
    {
        "id": "A03", "applicant": "경남 김해시", "applicant_kind": "시", "population": 530_000,
        "subtype": "climate", "title": "시민과 첨단기술이 하나된 기후대응 스마트도시 ACE 김해",
        "summary": [
            "기후재난에 취약한 도시환경에 대응하여 장유생활권 일원에 첨단기술 기반",
            "기후대응 스마트 인프라를 구축하고 시민주도 탄소중립 생태계를 조성한다.",
            "유휴부지 햇빛발전소, 산업체 폐플라스틱 자원순환, 공동주택 에너지 절감",
            "서비스 (관리비 차감, 지역화폐 보상).",
        ],
    },
    {
        "id": "A04", "applicant": "가온시 (가상 예시)", "applicant_kind": "시",
        "population": 210_000, "subtype": "climate", "title": "물길을 여는 기후안심 가온",
        "summary": ["[가상 예시] 하천 범람 예측 디지털트윈과 스마트 배수 관제."],
    },
    {
        "id": "A05", "applicant": "누리군 (가상 예시)", "applicant_kind": "군",
        "population": 48_000, "subtype": "population", "title": "돌아오는 농촌, 누리 스마트 마을",
        "summary": ["[가상 예시] 수요응답형 교통과 원격 돌봄으로 고령 농촌의 생활 유지."],
    },
    {
        "id": "A06", "applicant": "다솜시 (가상 예시)", "applicant_kind": "시",
        "population": 320_000, "subtype": "climate", "title": "탄소중립 산단 전환 다솜",
        "summary": ["[가상 예시] 산업단지 에너지 데이터 플랫폼과 수요반응 서비스."],
    },
]


def write_plan_pdf(path: Path, app: dict, pages: int = 3) -> None:
    """A small 사업계획서 with real Korean text (embedded NanumGothic)."""
    regular, bold = register_korean_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=A4)
    c.setTitle(f"{app['applicant']} 사업계획서")
    height = A4[1]
    for page in range(1, pages + 1):
        c.setFont(bold, 20)
        c.drawString(60, height - 90, "2025년 강소형 스마트도시 조성사업 사업계획서")
        c.setFont(bold, 15)
        c.drawString(60, height - 130, f"{app['applicant']} — {app['title']}")
        c.setFont(regular, 11)
        y = height - 180
        headings = {1: "1. 사업 개요", 2: "2. 추진 계획 및 예산", 3: "3. 기대효과와 지속가능성"}
        c.setFont(bold, 13)
        c.drawString(60, y, headings.get(page, f"{page}. 부록"))
        c.setFont(regular, 11)
        y -= 28
        for line in app["summary"]:
            c.drawString(72, y, line)
            y -= 20
        c.setFont(regular, 9)
        c.drawString(60, 40, f"신청번호 {app['id']} · {page} / {pages} 쪽 · 데모용 문서")
        c.showPage()
    c.save()


def build_demo(dest: Path) -> Path:
    """Write the demo round (spec.toml + PDFs) into `dest`; returns the spec path."""
    dest.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Demo round built by `evaluator demo` (A01–A03: the 2025 selections, seed 004;",
        "# A04–A06: fictional applicants).",
        "[session]",
        f'id = "{SESSION_ID}"',
        'program = "strong-small"',
        'stage = "서면"',
        'title = "2025년 강소형 스마트도시 조성사업 서면평가 (데모)"',
        "sites_to_select = 3",
        "year = 2025",
        "",
        "[session.rubrics]",
        'climate = "2025-strong-small-climate-written"',
        'population = "2025-strong-small-population-written"',
    ]
    for app in DEMO_APPS:
        doc = f"apps/{app['id']}/plan.pdf"
        write_plan_pdf(dest / doc, app)
        lines += [
            "",
            "[[applications]]",
            f'id = "{app["id"]}"',
            f'applicant = "{app["applicant"]}"',
            f'applicant_kind = "{app["applicant_kind"]}"',
            f"population = {app['population']}",
            f'subtype = "{app["subtype"]}"',
            f'title = "{app["title"]}"',
            f'documents = ["{doc}"]',
        ]
    spec = dest / "spec.toml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return spec

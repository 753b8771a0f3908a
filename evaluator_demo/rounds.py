"""The applicants of a demo round, for every program type of the seeds.

Only the 2025 selections the seeds name are real (seed 004, MOLIT press release 2025-06:
전북 전주시 거점형; 경기 안산시, 경북 김천시, 경남 김해시 강소형; 대구광역시 특화단지) and their
plan titles and summaries are the press release's. Every other applicant is fictional, marked
"(가상 예시)" in its name, and drawn from a seeded generator so a round is the same every time.
Each application carries a latent `quality` (0–1) and per-item strengths, used only by the
simulated committee (`--simulate`) and by the plan PDF's tone.
"""

import random
from dataclasses import dataclass, field

from evaluator_app.programs import load_programs

YEAR = 2025
PROGRAMS = ("base", "strong-small", "diffusion", "complex", "kcity-plan", "kcity-demo")
# How many applications a round has by default: the seeds' figures where they give one
# (2025: 거점형 3, 강소형 16, 특화단지 6 applicants), else a plausible field.
DEFAULT_COUNT = {"base": 3, "strong-small": 16, "diffusion": 16, "complex": 6,
                 "kcity-plan": 8, "kcity-demo": 16}
SHORT_KO = {"base": "거점형", "strong-small": "강소형", "diffusion": "솔루션 확산",
            "complex": "특화단지", "kcity-plan": "K-City Network 계획수립형",
            "kcity-demo": "K-City Network 해외실증형"}


@dataclass
class DemoApp:
    id: str
    applicant: str
    applicant_kind: str
    title: str
    summary: list[str]
    services: list[str]
    area: str
    quality: float
    real: bool = False
    population: int | None = None
    subtype: str = ""
    jurisdiction: str = ""
    overseas_partner: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def short_name(self) -> str:
        return self.applicant.replace(" (가상 예시)", "")


REAL = {
    "base": [DemoApp(
        "", "전북 전주시", "시", "전북 Smart Region의 출발점, Adaptive City 전주",
        ["전북 메가시티 추진 거점이자 AI 융합 거점으로 도약하기 위하여 공간과 서비스 수요에",
         "탄력적으로 움직이는 모빌리티, AI 중심 미래도시 모델을 만들어 확산한다."],
        ["목적맞춤형 모빌리티(PBV) 기반 찾아가는 생활 SOC", "AI 맞춤형 헬스케어 (순환식 이동 진료)",
         "응급상황 통합 관제", "이동식 은행·캠핑 등 생활 서비스", "도시 데이터 통합 플랫폼"],
        "전주시 일원", 0.88, True, 640_000)],
    "strong-small": [
        DemoApp("", "경기 안산시", "시", "미래 상호문화 플랫폼 도시의 표준을 만들다",
                ["내국인 감소, 외국인 비중 증가 등 인구변화에 대응하여 원곡동, 초지동 일원에",
                 "외국시민이 쉽게 접근할 수 있는 스마트 특화서비스를 도입한다."],
                ["다국어 지원 안산형 통합교통서비스(MaaS)",
                 "다문화지역 행동 데이터 기반 상권 활성화 플랫폼",
                 "외국시민 자녀 AI 맞춤형 교육 서비스", "상호문화 시민 소통 플랫폼"],
                "원곡동·초지동 일원", 0.87, True, 690_000, "population"),
        DemoApp("", "경북 김천시", "시", "Mobility Do Everything, 모두를 위한 스마트도시",
                ["모빌리티 기술 산업을 발판으로 어모면, 개령면, 율곡동 일원을 모빌리티 특화",
                 "스마트도시로 조성하여 일자리 창출로 지역소멸에 대응한다."],
                ["김천형 MaaS", "자율주행 DRT", "드론 기반 AI 도시안전관리", "생활물류배달 시스템",
                 "모빌리티 이노베이션 센터"],
                "어모면·개령면·율곡동 일원", 0.86, True, 137_000, "population"),
        DemoApp("", "경남 김해시", "시", "시민과 첨단기술이 하나된 기후대응 스마트도시 ACE 김해",
                ["기후재난에 취약한 도시환경에 대응하여 장유생활권 일원에 첨단기술 기반",
                 "기후대응 스마트 인프라를 구축하고 시민주도 탄소중립 생태계를 조성한다."],
                ["유휴부지 활용 햇빛발전소(태양광)", "산업체 폐플라스틱 자원순환",
                 "공동주택 에너지 안심 절감 서비스", "시민참여 보상 (관리비 차감, 지역화폐)"],
                "장유생활권 일원", 0.88, True, 530_000, "climate"),
    ],
    "complex": [DemoApp(
        "", "대구광역시", "광역시", "AI산업 플랫폼 스마트 알파시티",
        ["수성구 알파시티 일원을 로봇·모빌리티, 지능형관제에 특화된 AI 산업육성 플랫폼으로",
         "조성하여 어반테크기업의 성장을 지원하는 미래형 실증도시로 도약한다."],
        ["온디바이스 AI 탑재 드론·CCTV 혁신 서비스", "초고속 통신망과 데이터 연계",
         "AI 학습 서버", "개방형 데이터플랫폼", "대규모 테스트베드"],
        "수성구 알파시티 일원", 0.87, True, 2_370_000)],
}

NAMES = ["가온", "누리", "다솜", "한솔", "해솔", "새봄", "솔뫼", "하늬", "미르",
         "나래", "달빛", "푸른", "여울", "아람", "가람", "한울", "새빛", "라온",
         "보람", "이든", "다온", "마루", "바름", "별빛",
         "늘봄", "단비", "해밀", "윤슬", "초롱", "은결"]
PROVINCES = ["경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남"]
METROS = ["부산", "대구", "인천", "광주", "대전", "울산"]
COUNTRIES = ["아우렐리아", "세렌디아", "노르발", "카르메나", "로비아", "타르시스",
             "엘도라", "베른하임", "솔라리스", "마레노", "키오나", "알바도르",
             "페라니아", "룬데일", "시에라노바", "오스트린"]
FOREIGN_BODIES = ["교통청", "도시개발청", "수자원공사", "지방정부", "스마트시티국", "환경청"]
FIRMS = ["가람모빌리티", "누리에너지", "한솔데이터", "새빛로보틱스", "미르드론", "다온헬스케어",
         "별빛인프라", "바름시티랩", "해밀워터", "초롱AI", "윤슬플랫폼", "라온세이프티",
         "마루트윈", "이든그리드", "단비솔루션", "은결네트웍스"]

AREAS = ["구도심 생활권 일원", "산업단지 및 배후 주거지", "읍 소재지와 인근 면 지역",
         "하천변 저지대 일원",
         "신도시 생활권 일원", "역세권 및 전통시장 일원"]

THEMES = {
    "climate": [("물길을 여는 기후안심 {n}", ["하천 범람 예측 디지털트윈", "스마트 배수 관제",
                                        "침수 위험 알림 서비스", "빗물 저류 IoT 관리"]),
                ("탄소중립 산단 전환 {n}", ["산업단지 에너지 데이터 플랫폼", "수요반응(DR) 서비스",
                                      "공장 지붕 태양광 연계", "탄소배출 모니터링"]),
                ("폭염·가뭄에 답하는 {n} 물·에너지 자립도시", ["폭염 쉼터 스마트 관제",
                                                   "지하수·용수 스마트 관리", "마이크로그리드",
                                                   "취약계층 온열질환 알림"]),
                ("도시숲과 그린인프라 {n} 2030", ["도시숲 생육 IoT 관리", "미세먼지·열섬 지도",
                                             "탄소 포인트 시민참여 앱", "그린 모빌리티 공유"]),
                ("해안 재해를 미리 아는 {n} 안전망", ["해일·월파 예측 센서망",
                                              "연안 침수 디지털트윈",
                                              "대피 안내 다국어 알림", "어항 안전 관제"])],
    "population": [("돌아오는 농촌, {n} 스마트 마을", ["수요응답형 교통(DRT)", "원격 돌봄·건강관리",
                                                  "스마트 농업 공동 플랫폼", "빈집 정보 은행"]),
                   ("청년이 머무는 {n} 스마트 정주도시", ["청년 창업 데이터 허브",
                                                   "공유 오피스 예약",
                                                   "생활 MaaS", "온라인 정주 지원 창구"]),
                   ("고령 농촌 원격돌봄 {n} 케어넷", ["AI 안부 확인 스피커", "원격 진료 연계",
                                                 "고령자 이동 지원 DRT", "마을 공동체 플랫폼"]),
                   ("빈집을 다시 잇는 {n} 스마트 재생", ["빈집 실태 데이터 지도",
                                                   "공유 주거 플랫폼",
                                                   "골목 안전 스마트 가로등",
                                                   "지역화폐 연계 상권"]),
                   ("함께 사는 {n} 상생도시", ["외국인 주민 다국어 행정 안내", "일자리 매칭 플랫폼",
                                              "생활 통역 AI 키오스크", "공동체 문화 공간 예약"])],
    "base": [("AI 거점 스마트도시 {n}", ["통합 모빌리티 관제", "AI 행정 서비스", "도시 데이터 허브",
                                      "규제샌드박스 실증 구역", "스마트 헬스케어"])],
    "complex": [("{n} 어반테크 실증 특화단지", ["로봇 배송 실증 구역", "자율주행 셔틀 테스트베드",
                                             "지능형 관제 AI", "개방형 데이터 플랫폼",
                                             "기업 지원 센터"])],
    "diffusion": [("{n} 스마트 횡단보도·버스정류장 확산", ["스마트 횡단보도", "스마트 버스정류장",
                                                     "보행 안전 알림"]),
                  ("{n} 디지털 약자 생활 안전 솔루션", ["스마트 경로당", "안심 귀갓길 비상벨",
                                                    "AI 돌봄 스피커"]),
                  ("{n} 스마트 주차·교통 솔루션 확산", ["공영주차장 공유", "스마트 교차로",
                                                    "불법주정차 알림"])],
    "kcity-plan": [("{n} 스마트 교통 마스터플랜 수립", ["교통 데이터 진단", "BRT·ITS 기본계획",
                                                   "요금 통합 방안"]),
                   ("{n} 스마트 물관리 계획 수립", ["상수도 누수 진단", "스마트 미터링 계획",
                                                 "홍수 예경보 체계"]),
                   ("{n} 신행정도시 스마트시티 기본계획", ["도시 데이터 플랫폼 설계",
                                                     "스마트 행정 서비스", "단계별 투자계획"])],
    "kcity-demo": [("{n} 자율주행 셔틀 해외실증", ["자율주행 셔틀", "관제 플랫폼",
                                                 "현지 운영 교육"]),
                   ("{n} 스마트 폴 해외실증", ["스마트 폴", "CCTV·환경센서", "통합 관제"]),
                   ("{n} 드론 배송 해외실증", ["드론 배송", "비행 관제", "물류 거점"]),
                   ("{n} 스마트 물관리 해외실증", ["누수 감지 IoT", "원격 검침", "수질 모니터링"])],
}


def make_apps(program: str, count: int | None = None, seed: int = 2025) -> list[DemoApp]:
    """The round's applications: the seeds' real selections first, then fictional ones."""
    if program not in PROGRAMS:
        raise ValueError(f"unknown program {program!r}; one of {', '.join(PROGRAMS)}")
    n = DEFAULT_COUNT[program] if count is None else count
    rng = random.Random(f"{seed}-{program}")
    names = NAMES[:]
    rng.shuffle(names)
    apps = [DemoApp(**{**a.__dict__}) for a in REAL.get(program, [])][:n]
    i = 0
    while len(apps) < n:
        nm = names[i % len(names)] + ("" if i < len(names) else str(i // len(names) + 1))
        i += 1
        q = round(rng.uniform(0.60, 0.85), 3)
        if program in ("strong-small", "diffusion"):
            subtype = ("climate", "population")[len(apps) % 2] if program == "strong-small" else ""
            kind = rng.choice(["시", "시", "군", "구"])
            cap = 1_000_000 if program == "strong-small" else 300_000
            if kind == "군":
                pop, place = rng.randrange(22_000, 90_000, 1000), f"{rng.choice(PROVINCES)} {nm}군"
            elif kind == "구":
                pop, place = rng.randrange(120_000, min(cap, 420_000), 1000), \
                    f"{rng.choice(METROS)} {nm}구"
            else:
                pop, place = rng.randrange(60_000, min(cap - 40_000, 620_000), 1000), \
                    f"{rng.choice(PROVINCES)} {nm}시"
            themes = THEMES[subtype or "diffusion"]
            if kind != "군":  # the rural themes fit counties
                themes = [t for t in themes if "농촌" not in t[0]]
            title, services = rng.choice(themes)
            apps.append(DemoApp("", f"{place} (가상 예시)", kind, title.format(n=nm), [],
                                services, rng.choice(AREAS), q, False, pop, subtype))
        elif program in ("base", "complex"):
            kind = rng.choice(["시", "광역시"]) if program == "complex" else "시"
            place = f"{nm}광역시" if kind == "광역시" else f"{rng.choice(PROVINCES)} {nm}시"
            pop = rng.randrange(300_000, 1_400_000, 1000) if kind == "시" else \
                rng.randrange(1_100_000, 2_900_000, 1000)
            title, services = rng.choice(THEMES[program])
            apps.append(DemoApp("", f"{place} (가상 예시)", kind, title.format(n=nm), [],
                                services, rng.choice(AREAS), q, False, pop))
        elif program == "kcity-plan":
            country = COUNTRIES[(len(apps)) % len(COUNTRIES)]
            city = f"{nm}시"
            kind = rng.choice(["외국 정부", "외국 지방정부"])
            who = f"{country} 공화국 정부" if kind == "외국 정부" else f"{country} {city}"
            title, services = rng.choice(THEMES[program])
            apps.append(DemoApp("", f"{who} (가상 예시)", kind,
                                title.format(n=f"{country} {city}"), [], services,
                                f"{country} {city} 도심부", q, False,
                                jurisdiction=f"{country} {city}"))
        else:  # kcity-demo
            firm = FIRMS[len(apps) % len(FIRMS)]
            kind = rng.choice(["기업", "컨소시엄"])
            who = f"(주){firm}" + (" 컨소시엄" if kind == "컨소시엄" else "")
            country = rng.choice(COUNTRIES)
            partner = f"{country} {nm}시 {rng.choice(FOREIGN_BODIES)} (가상)"
            title, services = rng.choice(THEMES[program])
            apps.append(DemoApp("", f"{who} (가상 예시)", kind, title.format(n=f"{country} {nm}시"),
                                [], services, f"{country} {nm}시 실증부지", q, False,
                                overseas_partner=partner))
    for k, a in enumerate(apps, 1):
        a.id = f"A{k:02d}"
        if not a.summary:
            particle = "을" if _final(a.area) else "를"
            a.summary = [f"[가상 예시] {a.area}{particle} 대상으로 "
                         f"{', '.join(a.services[:3])} 등을",
                         "도입하여 지역 현안을 해결하고 다른 도시로 확산 가능한 모델을 만든다."]
    return apps


def _final(word: str) -> bool:
    last = word[-1:]
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0


STAGE_SLUG = {"서면": "written", "발표": "presentation"}


def session_id(program: str, stage: str = "서면") -> str:
    return f"{YEAR}-{program}-{STAGE_SLUG[stage]}"


def session_title(program: str, stage: str = "서면") -> str:
    return f"{YEAR} {load_programs()[program].name_ko} {stage}평가"


def rubrics_of(program: str, stage: str = "서면") -> dict[str, str]:
    """subtype → rubric id ('' when the program has no sub-types)."""
    slug = STAGE_SLUG[stage]
    if program == "strong-small":
        return {s: f"{YEAR}-strong-small-{s}-{slug}" for s in ("climate", "population")}
    return {"": f"{YEAR}-{program}-{slug}"}

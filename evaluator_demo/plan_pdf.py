"""A multi-page example 사업계획서 (business plan) for a demo application, drawn with reportlab.

Twelve A4 pages: cover, contents, headed sections of Korean text, a line chart of the local
indicator, a map-like figure of the target area, the service blocks, an organisation diagram, a
budget table with a pie chart, a schedule (Gantt) chart, a KPI table with a bar chart. Every page
carries an "예시" watermark and a footer saying the document is a fictional example; the plans of
the real 2025 selections say they are examples built from the press release, not the plan itself.
Drawn straight on the canvas (no platypus layout pass) so sixteen plans take a few seconds.
"""

import random
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from evaluator_app.fonts import register_korean_fonts
from evaluator_app.programs import load_programs
from evaluator_demo.plan_map import SiteMapMixin
from evaluator_demo.plan_style import (
    CONTENTS,
    CORAL,
    LEFT,
    MATCHED,
    NATIONAL,
    NAVY,
    PAGES,
    PALE,
    PALETTE,
    RIGHT,
    SAND,
    TEAL,
    H,
    W,
    josa,
)
from evaluator_demo.rounds import SHORT_KO, YEAR, DemoApp


class Plan(SiteMapMixin):
    def __init__(self, path: Path, app: DemoApp, program: str) -> None:
        self.regular, self.bold = register_korean_fonts()
        self.app, self.program = app, program
        self.name_ko = load_programs()[program].name_ko
        self.rng = random.Random(f"plan-{program}-{app.id}")
        self.c = Canvas(str(path), pagesize=A4, pageCompression=1)
        self.c.setTitle(f"{app.applicant} {YEAR} {SHORT_KO[program]} 사업계획서 (예시)")
        self.c.setAuthor("평가위원 데스크 데모 (예시 문서)")
        self.page = 0

    # ---- page furniture ---------------------------------------------------------------
    def start(self, heading: str | None) -> float:
        self.page += 1
        c = self.c
        c.saveState()  # the watermark: 예시, on every page
        c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.07))
        c.setFont(self.bold, 150)
        c.translate(W / 2, H / 2)
        c.rotate(35)
        c.drawCentredString(0, -50, "예시")
        c.restoreState()
        if self.page > 1:
            c.setFillColor(NAVY)
            c.rect(0, H - 38, W, 38, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.bold, 9.5)
            c.drawString(LEFT, H - 24, f"{YEAR}년 {self.name_ko} 사업계획서")
            c.drawRightString(RIGHT, H - 24, self.app.short_name)
        c.setFillColor(colors.HexColor("#B00020"))
        c.setFont(self.bold, 8.5)
        c.drawString(LEFT, 28, "예시 · 평가위원 데스크 데모용 문서 — 실제 사업계획서가 아닙니다")
        c.setFillColor(colors.grey)
        c.setFont(self.regular, 8.5)
        c.drawRightString(RIGHT, 28, f"신청번호 {self.app.id} · {self.page} / {PAGES}")
        c.setFillColor(colors.black)
        y = H - 80
        if heading:
            c.setFont(self.bold, 17)
            c.setFillColor(NAVY)
            c.drawString(LEFT, y, heading)
            c.setStrokeColor(TEAL)
            c.setLineWidth(2)
            c.line(LEFT, y - 8, RIGHT, y - 8)
            c.setFillColor(colors.black)
            y -= 40
        return y

    def end(self) -> None:
        self.c.showPage()

    def sub(self, y: float, text: str) -> float:
        self.c.setFont(self.bold, 12.5)
        self.c.setFillColor(NAVY)
        self.c.drawString(LEFT, y, text)
        self.c.setFillColor(colors.black)
        return y - 22

    def para(self, y: float, text: str, size: float = 10.5, indent: float = 0,
             width: float | None = None, x0: float | None = None) -> float:
        """Wrap Korean text (break anywhere at a space, else at any character)."""
        x = (LEFT if x0 is None else x0) + indent
        maxw = (width or (RIGHT - LEFT)) - indent
        self.c.setFont(self.regular, size)
        line = ""
        for word in text.split(" "):
            cand = f"{line} {word}".strip()
            if stringWidth(cand, self.regular, size) <= maxw:
                line = cand
                continue
            if line:
                self.c.drawString(x, y, line)
                y -= size * 1.65
            line = word
        if line:
            self.c.drawString(x, y, line)
            y -= size * 1.65
        return y - 4

    def bullets(self, y: float, items: list[str]) -> float:
        for it in items:
            self.c.setFillColor(TEAL)
            self.c.circle(LEFT + 6, y + 3.5, 2.2, stroke=0, fill=1)
            self.c.setFillColor(colors.black)
            y = self.para(y, it, indent=16)
        return y

    # ---- the pages --------------------------------------------------------------------
    def cover(self) -> None:
        a, c = self.app, self.c
        self.start(None)
        c.setFillColor(NAVY)
        c.rect(0, H - 260, W, 260, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 14)
        c.drawString(LEFT, H - 90, f"{YEAR}년 {self.name_ko} 공모")
        c.setFont(self.bold, 30)
        c.drawString(LEFT, H - 140, "사 업 계 획 서")
        c.setFont(self.regular, 12)
        kind = "기후위기 대응형" if a.subtype == "climate" else "지역소멸 대응형"
        sub = SHORT_KO[self.program] + (f" · {kind}" if a.subtype else "")
        c.drawString(LEFT, H - 175, sub)
        c.setFillColor(colors.black)
        y = self.para(H - 320, f"「{a.title}」", size=17)
        c.setFont(self.bold, 20)
        c.drawString(LEFT, y - 30, a.applicant)
        rows = [("신청기관", a.applicant), ("신청 유형", sub), ("대상지", a.area)]
        if a.population:
            rows.append(("인구 (신청 기준)", f"{a.population:,}명"))
        if a.overseas_partner:
            rows.append(("해외 협력기관", a.overseas_partner))
        if a.jurisdiction:
            rows.append(("관할 지역", a.jurisdiction))
        y -= 80
        for k, v in rows:
            c.setFont(self.bold, 11)
            c.drawString(LEFT, y, k)
            c.setFont(self.regular, 11)
            c.drawString(LEFT + 110, y, v)
            y -= 22
        c.setFillColor(colors.HexColor("#FCEBEA"))
        c.roundRect(LEFT, 70, RIGHT - LEFT, 74, 6, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#B00020"))
        c.setFont(self.bold, 12)
        c.drawString(LEFT + 14, 120, "예시 문서 (데모용)")
        c.setFillColor(colors.black)
        note = ("국토교통부 보도자료(2025. 6.)의 사업 요약을 바탕으로 만든 예시이며, "
                "해당 지자체가 제출한 실제 사업계획서가 아닙니다." if a.real else
                "신청기관과 내용은 모두 가상이며, 평가 절차를 보여 주기 위해 만든 예시입니다.")
        self.para(100, note, size=9.5, indent=14, width=RIGHT - LEFT - 20)
        self.end()

    def contents(self) -> None:
        y = self.start("목 차")
        for i, line in enumerate(CONTENTS):
            self.c.setFont(self.regular, 12.5)
            self.c.drawString(LEFT + 10, y, line)
            self.c.setDash(1, 3)
            self.c.setStrokeColor(colors.grey)
            self.c.line(LEFT + 20 + stringWidth(line, self.regular, 12.5), y + 3, RIGHT - 30, y + 3)
            self.c.setDash()
            self.c.drawRightString(RIGHT, y, str(i + 3))
            y -= 30
        self.end()

    def overview(self) -> None:
        a = self.app
        y = self.start(CONTENTS[0])
        y = self.sub(y, "가. 추진 배경")
        y = self.para(y, " ".join(a.summary))
        y = self.para(y, f"{josa(a.short_name, '은', '는')} {josa(a.area, '을', '를')} "
                      "중심으로 생활 여건의 변화와 "
                      "도시 문제가 동시에 나타나고 있으며, 기존의 개별 사업으로는 시민이 체감하는 "
                      "개선에 한계가 있었다. 이에 데이터와 스마트 기술을 연계한 특화 솔루션을 "
                      "집중적으로 도입하여 문제를 해결하고자 한다.")
        y = self.sub(y - 6, "나. 사업 목표")
        y = self.bullets(y, [f"비전: 「{a.title}」",
                             "시민이 체감하는 생활 서비스 개선과 지역 산업 활성화를 동시에 달성",
                             "사업 종료 후에도 지속 운영 가능한 재원·운영 체계 확립",
                             "다른 중소도시로 확산 가능한 표준 모델과 데이터 개방"])
        y = self.sub(y - 6, "다. 사업 개요")
        rows = [("사업 기간", "3년 (2025 ~ 2027)" if self.program in MATCHED else "1년 (2025)"),
                ("총 사업비", self.budget_text()), ("대상지", a.area),
                ("주요 솔루션", ", ".join(a.services[:3]) + " 등")]
        for k, v in rows:
            self.c.setFont(self.bold, 10.5)
            self.c.drawString(LEFT + 8, y, k)
            y = self.para(y, v, x0=LEFT + 100, width=RIGHT - LEFT - 100)
        self.end()

    def budget_text(self) -> str:
        nat = NATIONAL[self.program]
        if self.program in MATCHED:
            return f"{nat * 2}억원 (국비 {nat}억원, 지방비 {nat}억원, 1:1 매칭)"
        return f"{nat}억원 (국비)"

    def diagnosis(self) -> None:
        a = self.app
        y = self.start(CONTENTS[1])
        y = self.sub(y, "가. 지역 현황")
        climate = a.subtype == "climate"
        label = "온실가스 배출량 (천 tCO2eq)" if climate else "인구 (천 명)"
        y = self.para(y, f"최근 8년간 {a.short_name}의 주요 지표 추이는 아래와 같다. "
                      + ("기후재해 피해와 배출량이 함께 늘어 대응이 시급하다." if climate else
                         "인구 감소와 고령화가 빨라지며 생활 서비스의 공백이 커지고 있다."))
        base = (a.population or 200_000) / 1000
        series, series2 = [], []
        for i in range(8):
            drift = (1 + 0.02 * i) if climate else (1 - 0.012 * i)
            series.append(round(base * (0.9 if climate else 1) * drift
                                * self.rng.uniform(0.98, 1.02), 1))
            series2.append(round(base * 0.22 * (1 + 0.03 * i), 1))
        d = Drawing(RIGHT - LEFT, 210)
        lc = HorizontalLineChart()
        lc.x, lc.y, lc.width, lc.height = 45, 30, RIGHT - LEFT - 70, 160
        lc.data = [series, series2]
        lc.categoryAxis.categoryNames = [str(YEAR - 8 + i) for i in range(8)]
        lc.categoryAxis.labels.fontName = self.regular
        lc.valueAxis.labels.fontName = self.regular
        lc.valueAxis.valueMin = 0
        lc.lines[0].strokeColor, lc.lines[0].strokeWidth = NAVY, 2
        lc.lines[1].strokeColor, lc.lines[1].strokeWidth = CORAL, 2
        d.add(lc)
        renderPDF.draw(d, self.c, LEFT, y - 220)
        self.legend(y - 236, [(NAVY, label), (CORAL, "65세 이상 인구 (천 명)" if not climate else
                                               "취약지역 거주 인구 (천 명)")])
        y -= 262
        self.c.setFont(self.regular, 8.5)
        self.c.drawString(LEFT, y, "[그림 1] 주요 지표 추이 (예시 수치)")
        y = self.sub(y - 28, "나. 문제 진단")
        y = self.bullets(y, ["생활권 간 이동 불편과 서비스 접근성 격차가 지속적으로 확대",
                             "분산된 데이터로 인해 문제의 원인 진단과 정책 효과 측정이 어려움",
                             "민간 참여와 주민 참여를 이끌 수 있는 플랫폼과 제도의 부재"])
        self.end()

    def legend(self, y: float, entries: list[tuple[colors.Color, str]]) -> None:
        x = LEFT + 45
        for col, text in entries:
            self.c.setFillColor(col)
            self.c.rect(x, y, 12, 8, stroke=0, fill=1)
            self.c.setFillColor(colors.black)
            self.c.setFont(self.regular, 9)
            self.c.drawString(x + 16, y, text)
            x += 30 + stringWidth(text, self.regular, 9)

    def solutions(self) -> None:
        y = self.start(CONTENTS[3])
        y = self.para(y, "특화 솔루션은 서로 데이터를 주고받도록 연계하여, 하나의 플랫폼 위에서 "
                      "운영한다. 솔루션별 목적과 주요 내용은 다음과 같다.")
        for k, svc in enumerate(self.app.services):
            h = 92
            self.c.setFillColor(PALE)
            self.c.roundRect(LEFT, y - h + 12, RIGHT - LEFT, h, 6, stroke=0, fill=1)
            self.c.setFillColor(PALETTE[k % len(PALETTE)])
            self.c.roundRect(LEFT, y - h + 12, 8, h, 3, stroke=0, fill=1)
            self.c.setFillColor(colors.black)
            self.c.setFont(self.bold, 12)
            self.c.drawString(LEFT + 18, y - 6, f"솔루션 {k + 1}. {svc}")
            yy = self.para(y - 26, f"목적: {josa(svc, '을', '를')} 통해 대상지 주민의 "
                           "불편을 줄이고 관련 "
                           "데이터를 통합 플랫폼에 축적한다.", size=9.5, indent=18)
            self.para(yy, "내용: 현장 장비 설치, 운영 소프트웨어 구축, 시범 운영 후 단계적 확대. "
                      "운영은 지자체와 민간 기업이 협약에 따라 분담한다.", size=9.5, indent=18)
            y -= h + 12
            if y < 140:
                break
        self.end()

    def organisation(self) -> None:
        c = self.c
        y = self.start(CONTENTS[4])
        y = self.para(y, "추진 체계는 지자체 전담조직을 중심으로 민간 기업, 지역 대학, "
                      "주민 협의체가 "
                      "역할을 나누어 참여하며, 광역 지자체와 공공기관이 지원한다.")

        def box(cx: float, cy: float, text: str, col: colors.Color, w: float = 150) -> None:
            c.setFillColor(col)
            c.roundRect(cx - w / 2, cy - 18, w, 36, 6, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.bold, 10)
            c.drawCentredString(cx, cy - 4, text)

        mid = (LEFT + RIGHT) / 2
        top = y - 40
        c.setStrokeColor(colors.HexColor("#9AA5B1"))
        c.setLineWidth(1.5)
        c.line(mid, top, mid, top - 170)
        c.line(LEFT + 80, top - 170, RIGHT - 80, top - 170)
        for x in (LEFT + 80, mid, RIGHT - 80):
            c.line(x, top - 170, x, top - 200)
        c.line(mid, top - 85, RIGHT - 70, top - 85)
        c.line(mid, top - 85, LEFT + 70, top - 85)
        box(mid, top, f"{self.app.short_name} (총괄)", NAVY, 200)
        box(mid, top - 85, "스마트도시 전담조직 (PMO)", TEAL, 190)
        box(LEFT + 70, top - 85, "주민 협의체", SAND, 110)
        box(RIGHT - 70, top - 85, "자문위원회", SAND, 110)
        box(LEFT + 80, top - 210, "민간 참여 기업", CORAL, 140)
        box(mid, top - 210, "지역 대학·연구기관", CORAL, 140)
        box(RIGHT - 80, top - 210, "공공기관·광역 지자체", CORAL, 140)
        c.setFillColor(colors.black)
        c.setFont(self.regular, 8.5)
        c.drawString(LEFT, top - 250, "[그림 3] 추진 체계도 (예시)")
        y = self.sub(top - 290, "역할 분담")
        self.bullets(y, ["전담조직: 사업 총괄, 예산 집행, 성과 관리, 데이터 플랫폼 운영",
                         "민간 기업: 솔루션 구축과 운영, 유지보수, 수익모델 개발",
                         "지역 대학: 데이터 분석, 성과 평가, 인력 양성",
                         "주민 협의체: 수요 발굴, 시범 운영 참여, 서비스 개선 제안"])
        self.end()

    def budget(self) -> None:
        c = self.c
        y = self.start(CONTENTS[5])
        nat = NATIONAL[self.program]
        total = nat * 2 if self.program in MATCHED else nat
        y = self.para(y, f"총 사업비는 {self.budget_text()}이며, 솔루션별 배분은 아래 표와 같다.")
        n = len(self.app.services)
        weights = [self.rng.uniform(0.6, 1.4) for _ in range(n)]
        shares = [round(total * w / sum(weights), 1) for w in weights]
        shares[-1] = round(total - sum(shares[:-1]), 1)
        headers = ["구분", "국비", "지방비", "합계", "비율"]
        xs = [LEFT, LEFT + 210, LEFT + 270, LEFT + 330, LEFT + 400, RIGHT]
        rows = []
        for svc, s in zip(self.app.services, shares, strict=True):
            g = round(s / 2, 1) if self.program in MATCHED else s
            rows.append([svc, f"{g:.1f}", f"{s - g:.1f}" if self.program in MATCHED else "-",
                         f"{s:.1f}", f"{100 * s / total:.0f}%"])
        rows.append(["합계", f"{nat:.1f}", f"{nat:.1f}" if self.program in MATCHED else "-",
                     f"{total:.1f}", "100%"])
        rh = 22
        c.setFillColor(NAVY)
        c.rect(LEFT, y - rh + 6, RIGHT - LEFT, rh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 10)
        for i, h in enumerate(headers):
            c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - 9, h)
        y -= rh
        for r, row in enumerate(rows):
            last = r == len(rows) - 1
            c.setFillColor(PALE if last or r % 2 else colors.white)
            c.rect(LEFT, y - rh + 6, RIGHT - LEFT, rh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(self.bold if last else self.regular, 9.5)
            c.drawString(xs[0] + 6, y - 9, row[0][:24])
            for i in range(1, 5):
                c.drawRightString(xs[i + 1] - 8, y - 9, row[i])
            c.setStrokeColor(colors.HexColor("#C8D1DA"))
            c.setLineWidth(0.5)
            c.line(LEFT, y - rh + 6, RIGHT, y - rh + 6)
            y -= rh
        c.setFont(self.regular, 8.5)
        c.drawString(LEFT, y - 10, "[표 1] 솔루션별 사업비 (단위: 억원, 예시 수치)")
        d = Drawing(RIGHT - LEFT, 220)
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 150, 20, 180, 180
        pie.data = shares
        pie.labels = [f"{k + 1}" for k in range(n)]
        pie.slices.strokeColor = colors.white
        pie.slices.fontName = self.bold
        for k in range(n):
            pie.slices[k].fillColor = PALETTE[k % len(PALETTE)]
        d.add(pie)
        renderPDF.draw(d, c, LEFT, y - 260)
        self.c.setFont(self.regular, 8.5)
        self.c.setFillColor(colors.black)
        self.c.drawString(LEFT, y - 280, "[그림 4] 사업비 구성 (번호는 표 1의 솔루션 순서)")
        self.end()

    def schedule(self) -> None:
        c = self.c
        y = self.start(CONTENTS[6])
        multi = self.program in MATCHED
        periods = [f"{YEAR + k}" for k in range(3)] if multi else [f"{q}분기" for q in (1, 2, 3, 4)]
        y = self.para(y, "세부 과업별 추진 일정은 다음과 같다. 설계와 구축을 마친 솔루션부터 시범 "
                      "운영을 시작하여 사업 기간 안에 안정화한다.")
        tasks = ["실시설계 및 인허가", *[f"{s} 구축" for s in self.app.services[:4]],
                 "통합 플랫폼 연계", "시범 운영 및 시민 평가", "성과 관리·확산"]
        x0, x1 = LEFT + 190, RIGHT
        colw = (x1 - x0) / len(periods)
        c.setFont(self.bold, 9.5)
        for i, p in enumerate(periods):
            c.setFillColor(NAVY)
            c.rect(x0 + i * colw, y - 4, colw - 2, 20, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.drawCentredString(x0 + i * colw + colw / 2, y + 2, p)
        y -= 26
        span = len(periods)
        for k, t in enumerate(tasks):
            c.setFillColor(colors.black)
            c.setFont(self.regular, 9.5)
            c.drawString(LEFT, y, t[:22])
            start = min(span - 1, k * span / len(tasks))
            length = max(0.6, span * self.rng.uniform(0.25, 0.55))
            c.setFillColor(PALETTE[k % len(PALETTE)])
            c.roundRect(x0 + start * colw, y - 3, min(length, span - start) * colw - 4, 13, 3,
                        stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#E0E6EC"))
            c.line(LEFT, y - 8, RIGHT, y - 8)
            y -= 26
        c.setFillColor(colors.black)
        c.setFont(self.regular, 8.5)
        c.drawString(LEFT, y - 6, "[그림 5] 추진 일정 (예시)")
        self.end()

    def kpis(self) -> None:
        c = self.c
        y = self.start(CONTENTS[7])
        y = self.para(y, "성과지표는 기준값과 목표값, 측정 방법을 함께 정하여 매년 점검한다.")
        kpis = [(f"{s} 이용자 수 (명/월)", self.rng.randrange(200, 2000, 50)) for s in
                self.app.services[:4]]
        kpis.append(("시민 만족도 (점)", 62))
        headers = ["성과지표", "기준값", "목표값", "측정 방법"]
        xs = [LEFT, LEFT + 220, LEFT + 290, LEFT + 360, RIGHT]
        c.setFillColor(NAVY)
        c.rect(LEFT, y - 16, RIGHT - LEFT, 22, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 10)
        for i, h in enumerate(headers):
            c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - 9, h)
        y -= 22
        targets = []
        for r, (name, base) in enumerate(kpis):
            target = round(base * self.rng.uniform(1.3, 2.2)) if base > 100 else 80
            targets.append((base, target))
            c.setFillColor(PALE if r % 2 else colors.white)
            c.rect(LEFT, y - 16, RIGHT - LEFT, 22, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(self.regular, 9)
            c.drawString(xs[0] + 4, y - 9, name[:30])
            c.drawRightString(xs[2] - 8, y - 9, f"{base:,}")
            c.drawRightString(xs[3] - 8, y - 9, f"{target:,}")
            c.drawString(xs[3] + 6, y - 9, "플랫폼 로그" if base > 100 else "연 1회 설문조사")
            y -= 22
        c.setFont(self.regular, 8.5)
        c.drawString(LEFT, y - 10, "[표 2] 성과지표 (예시 수치)")
        d = Drawing(RIGHT - LEFT, 200)
        bc = VerticalBarChart()
        bc.x, bc.y, bc.width, bc.height = 45, 30, RIGHT - LEFT - 70, 150
        bc.data = [[b for b, _ in targets[:4]], [t for _, t in targets[:4]]]
        bc.categoryAxis.categoryNames = [f"지표 {k + 1}" for k in range(len(bc.data[0]))]
        bc.categoryAxis.labels.fontName = self.regular
        bc.valueAxis.labels.fontName = self.regular
        bc.valueAxis.valueMin = 0
        bc.bars[0].fillColor, bc.bars[1].fillColor = colors.HexColor("#9AA5B1"), TEAL
        d.add(bc)
        renderPDF.draw(d, c, LEFT, y - 230)
        self.legend(y - 246, [(colors.HexColor("#9AA5B1"), "기준값"), (TEAL, "목표값")])
        c.setFont(self.regular, 8.5)
        c.drawString(LEFT, y - 266, "[그림 6] 이용 지표의 기준값과 목표값")
        self.end()

    def sustainability(self) -> None:
        y = self.start(CONTENTS[8])
        y = self.sub(y, "가. 운영 재원")
        y = self.para(y, "사업 종료 후 운영비는 서비스 이용료 일부, 민간 기업의 수익 공유, 지자체 "
                      "일반회계 편성으로 조달한다. 운영 조례를 제정하여 재원 편성의 "
                      "근거를 마련한다.")
        y = self.sub(y - 6, "나. 운영 조직")
        y = self.para(y, "전담조직을 상설화하고 데이터 플랫폼 운영 인력을 확보한다. "
                      "민간 운영사와는 "
                      "서비스 수준 협약(SLA)을 맺어 장애 대응과 품질을 관리한다.")
        y = self.sub(y - 6, "다. 데이터 개방")
        y = self.para(y, "수집한 데이터는 개인정보를 제거한 뒤 공공데이터 포털과 스마트시티 데이터 "
                      "허브에 개방하고, 표준 API로 다른 지자체가 재사용할 수 있게 한다.")
        y = self.sub(y - 6, "라. 위험 요인과 대응")
        self.bullets(y, ["민간 참여 기업의 이탈: 복수 사업자 풀과 단계별 계약",
                         "주민 참여 저조: 생활 밀착형 보상과 주민 협의체 운영",
                         "운영비 증가: 연차별 운영비 상한과 성과 연동 지급"])
        self.end()

    def diffusion(self) -> None:
        y = self.start(CONTENTS[9])
        y = self.sub(y, "가. 확산 계획")
        y = self.para(y, "검증된 솔루션은 표준 설계서와 운영 매뉴얼로 정리하여, 유사한 여건의 "
                      "도시가 그대로 도입할 수 있도록 공개한다. 인접 지자체와 공동 구매와 공동 "
                      "운영을 추진한다.")
        y = self.sub(y - 6, "나. 기대효과")
        y = self.bullets(y, ["시민: 이동·돌봄·안전 서비스의 접근성 향상과 생활비 절감",
                             "지역 경제: 민간 기업의 실증 기회와 일자리 창출",
                             "행정: 데이터 기반 정책 결정과 예산 절감",
                             "국가: 중소도시형 스마트도시 모델의 확산"])
        self.c.setFillColor(PALE)
        self.c.roundRect(LEFT, y - 70, RIGHT - LEFT, 70, 6, stroke=0, fill=1)
        self.c.setFillColor(NAVY)
        self.c.setFont(self.bold, 12)
        self.c.drawCentredString((LEFT + RIGHT) / 2, y - 30, f"「{self.app.title}」")
        self.c.setFont(self.regular, 10)
        self.c.drawCentredString((LEFT + RIGHT) / 2, y - 52, f"{self.app.short_name} · "
                                 f"{YEAR}년 {self.name_ko} (예시)")
        self.end()

    def write(self) -> None:
        for page in (self.cover, self.contents, self.overview, self.diagnosis, self.site_map,
                     self.solutions, self.organisation, self.budget, self.schedule, self.kpis,
                     self.sustainability, self.diffusion):
            page()
        self.c.save()


def write_plan(path: Path, app: DemoApp, program: str) -> Path:
    """Write the example 사업계획서 of `app` (twelve pages) to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Plan(path, app, program).write()
    return path

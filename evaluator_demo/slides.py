"""A short example 발표자료 (presentation slides) for a shortlisted demo application.

Five landscape A4 pages drawn with reportlab, with the plan's palette, fonts and helpers
(plan_pdf.Plan: wrapped Korean text, particles, the budget line): a title slide, the
problem and the goal, the services, the organisation and budget with a pie chart, and the
targets with a bar chart. Every page is marked 예시 (watermark and footer), like the plans.
"""

from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from evaluator_demo.plan_pdf import CORAL, NAVY, PALE, PALETTE, TEAL, Plan, josa
from evaluator_demo.rounds import SHORT_KO, YEAR, DemoApp

SW, SH = landscape(A4)
X0, X1 = 50, SW - 50
SLIDES = 5


class Slides(Plan):
    """The plan's drawing helpers on landscape pages (a fresh canvas, its own page furniture)."""

    def __init__(self, path: Path, app: DemoApp, program: str) -> None:
        super().__init__(path, app, program)
        self.c = Canvas(str(path), pagesize=(SW, SH), pageCompression=1)
        self.c.setTitle(f"{app.applicant} {YEAR} {SHORT_KO[program]} 발표자료 (예시)")
        self.c.setAuthor("평가위원 데스크 데모 (예시 문서)")

    def start(self, heading: str | None) -> float:
        self.page += 1
        c = self.c
        c.saveState()
        c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.07))
        c.setFont(self.bold, 170)
        c.translate(SW / 2, SH / 2)
        c.rotate(25)
        c.drawCentredString(0, -55, "예시")
        c.restoreState()
        c.setFillColor(colors.HexColor("#B00020"))
        c.setFont(self.bold, 8.5)
        c.drawString(X0, 22, "예시 · 평가위원 데스크 데모용 발표자료 — 실제 발표자료가 아닙니다")
        c.setFillColor(colors.grey)
        c.setFont(self.regular, 8.5)
        c.drawRightString(X1, 22, f"{self.app.short_name} · 신청번호 {self.app.id} · "
                                  f"{self.page} / {SLIDES}")
        if not heading:
            return SH
        c.setFillColor(NAVY)
        c.rect(0, SH - 70, SW, 70, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 22)
        c.drawString(X0, SH - 45, heading)
        c.setFont(self.regular, 10)
        c.drawRightString(X1, SH - 45, f"「{self.app.title}」"[:40])
        c.setFillColor(colors.black)
        return SH - 110

    def points(self, y: float, items: list[str], x: float = X0, width: float = X1 - X0,
               size: float = 14) -> float:
        for it in items:
            self.c.setFillColor(TEAL)
            self.c.rect(x, y + 2, 7, 7, stroke=0, fill=1)
            self.c.setFillColor(colors.black)
            y = self.para(y, it, size=size, x0=x + 18, width=width - 18) - 6
        return y

    def title_slide(self) -> None:
        a, c = self.app, self.c
        self.start(None)
        c.setFillColor(NAVY)
        c.rect(0, SH * 0.42, SW, SH * 0.58, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 15)
        c.drawString(X0, SH - 80, f"{YEAR}년 {self.name_ko} 공모 · 발표평가")
        self.c.setFillColor(colors.white)
        c.setFont(self.bold, 28)
        y = SH - 150
        line = ""
        for word in f"「{a.title}」".split(" "):  # at most two lines of the title
            if self.c.stringWidth(f"{line} {word}".strip(), self.bold, 28) > X1 - X0:
                c.drawString(X0, y, line)
                y, line = y - 40, word
            else:
                line = f"{line} {word}".strip()
        c.drawString(X0, y, line)
        c.setFillColor(colors.black)
        c.setFont(self.bold, 22)
        c.drawString(X0, SH * 0.42 - 60, a.applicant)
        c.setFont(self.regular, 13)
        kind = {"climate": " · 기후위기 대응형", "population": " · 지역소멸 대응형"}.get(
            a.subtype, "")
        c.drawString(X0, SH * 0.42 - 90, f"{SHORT_KO[self.program]}{kind} · 대상지 {a.area}")
        c.setFillColor(colors.HexColor("#FCEBEA"))
        c.roundRect(X0, 50, X1 - X0, 56, 6, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#B00020"))
        c.setFont(self.bold, 12)
        c.drawString(X0 + 14, 84, "예시 발표자료 (데모용)")
        c.setFillColor(colors.black)
        note = ("보도자료의 사업 요약을 바탕으로 만든 예시이며 해당 지자체의 실제 발표자료가 "
                "아닙니다." if a.real else "신청기관과 내용은 모두 가상이며, 발표평가 절차를 "
                "보여 주기 위해 만든 예시입니다.")
        self.para(64, note, size=10, x0=X0 + 14, width=X1 - X0 - 28)
        self.end()

    def problem(self) -> None:
        a = self.app
        y = self.start("1. 왜 이 사업인가: 문제와 목표")
        half = (X1 - X0) / 2 - 15
        self.c.setFont(self.bold, 16)
        self.c.setFillColor(CORAL)
        self.c.drawString(X0, y, "지역의 문제")
        self.c.setFillColor(TEAL)
        self.c.drawString(X0 + half + 30, y, "사업의 목표")
        self.c.setFillColor(colors.black)
        self.points(y - 34, [" ".join(a.summary[:1]),
                             "생활권 간 서비스 접근성 격차와 분산된 데이터",
                             "민간·주민 참여를 이끌 플랫폼의 부재"], X0, half, 13)
        self.points(y - 34, [f"비전: 「{a.title}」",
                             "시민이 체감하는 생활 서비스 개선",
                             "사업 종료 후에도 지속 운영되는 재원·운영 체계",
                             "다른 도시로 확산 가능한 표준 모델"], X0 + half + 30, half, 13)
        self.end()

    def services_slide(self) -> None:
        y = self.start("2. 핵심 솔루션")
        services = self.app.services[:6]
        cols = 3
        w = (X1 - X0 - (cols - 1) * 20) / cols
        h = 150
        for k, svc in enumerate(services):
            x = X0 + (k % cols) * (w + 20)
            top = y - (k // cols) * (h + 20)
            self.c.setFillColor(PALE)
            self.c.roundRect(x, top - h, w, h, 8, stroke=0, fill=1)
            self.c.setFillColor(PALETTE[k % len(PALETTE)])
            self.c.roundRect(x, top - 10, w, 10, 4, stroke=0, fill=1)
            self.c.setFillColor(NAVY)
            self.c.setFont(self.bold, 26)
            self.c.drawString(x + 14, top - 48, f"{k + 1:02d}")
            self.c.setFillColor(colors.black)
            yy = self.para(top - 76, svc, size=13, x0=x + 14, width=w - 28)
            self.para(yy, f"{josa(svc, '을', '를')} 통합 플랫폼과 연계하여 운영", size=10,
                      x0=x + 14, width=w - 28)
        self.end()

    def organisation_budget(self) -> None:
        y = self.start("3. 추진 체계와 사업비")
        c = self.c
        boxes = [("시·군·구 전담조직 (총괄)", NAVY), ("민간 참여기업 (구축·운영)", TEAL),
                 ("지역 대학·연구기관 (실증·평가)", PALETTE[4]), ("주민 협의체 (수요·모니터링)",
                                                          CORAL)]
        for k, (text, col) in enumerate(boxes):
            top = y - k * 70
            c.setFillColor(col)
            c.roundRect(X0, top - 50, 330, 50, 6, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.bold, 13)
            c.drawString(X0 + 14, top - 31, text)
        c.setFillColor(colors.black)
        self.para(y - 290, f"총 사업비: {self.budget_text()}", size=12, x0=X0, width=360)
        d = Drawing(320, 260)
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 40, 20, 210, 210
        shares = [38, 27, 15, 12, 8]
        pie.data = shares
        pie.labels = [f"{n} {s}%" for n, s in zip(["인프라 구축", "플랫폼·SW", "운영·유지",
                                                   "실증·평가", "홍보·확산"], shares,
                                                  strict=True)]
        pie.sideLabels = True
        pie.slices.fontName = self.regular
        pie.slices.fontSize = 10
        for k in range(len(shares)):
            pie.slices[k].fillColor = PALETTE[k % len(PALETTE)]
            pie.slices[k].strokeColor = colors.white
        d.add(pie)
        renderPDF.draw(d, c, X0 + 400, y - 290)
        self.end()

    def targets(self) -> None:
        y = self.start("4. 성과 목표와 기대효과")
        now = [self.rng.randrange(200, 1200, 50) for _ in self.app.services[:4]]
        goal = [round(v * self.rng.uniform(1.4, 2.2)) for v in now]
        d = Drawing(430, 300)
        bc = VerticalBarChart()
        bc.x, bc.y, bc.width, bc.height = 40, 40, 370, 230
        bc.data = [now, goal]
        bc.categoryAxis.categoryNames = [f"솔루션 {k + 1}" for k in range(len(now))]
        bc.categoryAxis.labels.fontName = self.regular
        bc.valueAxis.labels.fontName = self.regular
        bc.valueAxis.valueMin = 0
        bc.bars[0].fillColor, bc.bars[1].fillColor = colors.HexColor("#9AA5B1"), TEAL
        d.add(bc)
        renderPDF.draw(d, self.c, X0, y - 300)
        self.legend(y - 320, [(colors.HexColor("#9AA5B1"), "현재 이용자 (명/월)"),
                              (TEAL, f"{YEAR + 2}년 목표 (명/월)")])
        self.c.setFont(self.regular, 9)
        self.c.drawString(X0, y - 340, "[예시 수치]")
        self.points(y - 10, ["시민: 이동·돌봄·안전 서비스의 접근성 향상",
                             "지역 경제: 실증 기회와 일자리 창출",
                             "행정: 데이터 기반 정책 결정",
                             "확산: 표준 설계서와 운영 매뉴얼 공개"], X0 + 470, X1 - X0 - 470, 13)
        self.end()

    def write(self) -> None:
        for page in (self.title_slide, self.problem, self.services_slide,
                     self.organisation_budget, self.targets):
            page()
        self.c.save()


def write_slides(path: Path, app: DemoApp, program: str) -> Path:
    """Write the example 발표자료 of `app` (five landscape pages) to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Slides(path, app, program).write()
    return path

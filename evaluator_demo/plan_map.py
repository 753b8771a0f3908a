"""The map-like figure of an example plan's target area (districts, roads, solution sites)."""

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from evaluator_demo.plan_style import (
    CONTENTS,
    LEFT,
    PALETTE,
    RIGHT,
)


class SiteMapMixin:
    """Draws page 3 of a `Plan` (uses its canvas, fonts, random source and text helpers)."""

    def site_map(self) -> None:
        a, c, rng = self.app, self.c, self.rng
        y = self.start(CONTENTS[2])
        y = self.para(y, f"사업 대상지는 {a.area}이며, 솔루션별 설치 위치는 아래 "
                      "구상도와 같다. "
                      "생활권의 중심과 취약지역을 우선 연결하도록 배치하였다.")
        top, bottom = y - 8, y - 420
        c.setFillColor(colors.HexColor("#F4F1E8"))
        c.rect(LEFT, bottom, RIGHT - LEFT, top - bottom, stroke=1, fill=1)
        # districts: irregular polygons on a grid
        cols, rows = 4, 3
        cw, rh = (RIGHT - LEFT) / cols, (top - bottom) / rows
        target = {(rng.randrange(cols), rng.randrange(rows)), (1, 1)}
        for i in range(cols):
            for j in range(rows):
                x0, y0 = LEFT + i * cw, bottom + j * rh
                pts = [(x0 + rng.uniform(4, 14), y0 + rng.uniform(4, 14)),
                       (x0 + cw - rng.uniform(4, 14), y0 + rng.uniform(4, 14)),
                       (x0 + cw - rng.uniform(4, 14), y0 + rh - rng.uniform(4, 14)),
                       (x0 + rng.uniform(4, 14), y0 + rh - rng.uniform(4, 14))]
                p = c.beginPath()
                p.moveTo(*pts[0])
                for pt in pts[1:]:
                    p.lineTo(*pt)
                p.close()
                fill = colors.HexColor("#CFE8E4" if (i, j) in target else "#FFFFFF")
                c.setFillColor(fill)
                c.setStrokeColor(colors.HexColor("#9AA5B1"))
                c.setLineWidth(0.8)
                c.drawPath(p, stroke=1, fill=1)
                c.setFillColor(colors.HexColor("#5B6770"))
                c.setFont(self.regular, 8)
                c.drawCentredString(x0 + cw / 2, y0 + rh - 26, f"{i + 1}-{j + 1} 생활권")
        # a river and two roads
        c.setStrokeColor(colors.HexColor("#7FB3D5"))
        c.setLineWidth(7)
        p = c.beginPath()
        p.moveTo(LEFT, bottom + 60)
        p.curveTo(LEFT + 150, bottom + 150, LEFT + 280, bottom + 20, RIGHT, bottom + 130)
        c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#C9A227"))
        c.setLineWidth(3)
        c.line(LEFT, top - 120, RIGHT, top - 160)
        c.line(LEFT + 200, top, LEFT + 240, bottom)
        # services
        for k in range(len(a.services)):
            col = PALETTE[k % len(PALETTE)]
            for _ in range(3):
                px = LEFT + rng.uniform(30, RIGHT - LEFT - 30)
                py = bottom + rng.uniform(30, top - bottom - 30)
                c.setFillColor(col)
                c.setStrokeColor(colors.white)
                c.circle(px, py, 6, stroke=1, fill=1)
                c.setFillColor(colors.white)
                c.setFont(self.bold, 7)
                c.drawCentredString(px, py - 2.5, str(k + 1))
        # north arrow and scale bar
        c.setFillColor(colors.black)
        p = c.beginPath()
        p.moveTo(RIGHT - 30, top - 20)
        p.lineTo(RIGHT - 38, top - 44)
        p.lineTo(RIGHT - 22, top - 44)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont(self.bold, 10)
        c.drawCentredString(RIGHT - 30, top - 58, "N")
        c.setLineWidth(2)
        c.setStrokeColor(colors.black)
        c.line(LEFT + 14, bottom + 14, LEFT + 94, bottom + 14)
        c.setFont(self.regular, 8)
        c.drawString(LEFT + 14, bottom + 20, "0        1        2 km")
        # legend
        ly = bottom - 22
        x = LEFT
        c.setFillColor(colors.HexColor("#CFE8E4"))
        c.rect(x, ly, 12, 9, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.drawString(x + 16, ly + 1, "사업 대상지")
        x += 80
        for k, svc in enumerate(a.services):
            label = f"{k + 1}. {svc}"
            if x + 20 + stringWidth(label, self.regular, 8) > RIGHT:
                x, ly = LEFT + 80, ly - 16
            c.setFillColor(PALETTE[k % len(PALETTE)])
            c.circle(x + 5, ly + 4, 5, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(x + 14, ly + 1, label)
            x += 26 + stringWidth(label, self.regular, 8)
        c.setFont(self.regular, 8.5)
        c.drawString(LEFT, ly - 22, "[그림 2] 대상지 및 솔루션 배치 구상도 (예시, 축척 없음)")
        self.end()

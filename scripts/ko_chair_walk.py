"""Korean texts added after walking the chair's day with bad sheets (an equivocation, a sheet
of another round, a rejected hand-in), kept apart from ko_chair.py."""

CHAIR_WALK = {
    "the member signed another, different sheet with the same revision: ask them which one "
    "they handed in and take the other out of the folder":
        "같은 차수로 서명한 다른 평가표가 또 있습니다. 어느 것을 냈는지 위원에게 확인하고 "
        "다른 하나는 폴더에서 빼십시오",
    "the sheet handed in is rejected: no sheet that counts yet":
        "제출한 평가표가 거부되어 산정에 쓸 평가표가 아직 없음",
    "The result cannot be signed yet: a file among the sheets is no member's sheet for this "
    "round (another round's, signed by someone not on the roster, or damaged). Take it out of "
    "the folder and verify again (F5); a member whose sheet is rejected or missing hands it in "
    "again, or is excluded with a reason. The figures below are provisional (잠정).":
        "아직 결과에 서명할 수 없습니다: 평가표 가운데 이 평가 위원의 평가표가 아닌 파일이 "
        "있습니다 (다른 평가의 것, 명단에 없는 사람이 서명한 것, 또는 손상된 것). 그 파일을 "
        "폴더에서 빼고 다시 검증하십시오 (F5). 평가표가 거부되었거나 없는 위원은 다시 "
        "제출하거나, 사유를 적어 제외합니다. 아래 점수는 잠정입니다.",
}

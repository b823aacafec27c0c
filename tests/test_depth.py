"""The concrete details that make a short section concise (pipeline.judge.checks.depth)."""

from pipeline.judge.checks.depth import _names, _specifics


def test_names_are_capitalised_runs_inside_a_sentence():
    text = ("Khách hàng: giới trẻ. Kênh bán: 6 quán cà phê ở TP Hà Tĩnh; bán online qua Shopee và Facebook. "
            "Đặc sản được ưa chuộng.")
    # not a sentence's first word ("Kênh", "Đặc"), nor a lower-case word with a Vietnamese capital-range
    # letter ("được", "ưa")
    assert _names(text) == {"TP Hà Tĩnh", "Shopee", "Facebook"}


def test_counts_of_named_things_but_not_years():
    assert _specifics("Bán thử tại 2 siêu thị mini từ năm 2026 và 6 quán cà phê.", []) == 2
    assert _specifics("Bán tại chợ và cho khách quen, nhu cầu ngày càng tăng.", []) == 0

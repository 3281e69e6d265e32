"""Key figures: numbers, their values, what they count and who gives them; what is no figure."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of, roles_of

from generator.extract.figures import parse_value


def test_figures_with_what_and_source() -> None:
    f = facts_of("According to the health ministry, at least 1,200 people were killed in the floods.")
    assert [(x.value, x.text, x.what, x.attributed_to) for x in f.figures] == [
        (1200, "at least 1,200", "people killed in the floods", "the health ministry")
    ]


@pytest.mark.parametrize(
    ("text", "value", "what_has"),
    [
        ("She will oversee a £2.5m annual budget.", 2_500_000, "budget"),
        ("The allowance is £102.80 a week for new mothers.", 102.8, "week"),
        ("He takes the £100,000-a-year job at once.", 100_000, "job"),
    ],
)
def test_money_figures(text: str, value: float, what_has: str) -> None:
    [figure] = facts_of(text).figures
    assert (figure.value, what_has in figure.what) == (value, True)


def test_numbers_in_names_and_stray_small_numbers_are_not_figures() -> None:
    f = facts_of("Shares in FTSE 100 companies fell under section 5 of the code. One in four said he was a proud grandfather of four.")
    assert f.figures == []


def test_a_number_given_twice_for_the_same_thing_is_one_figure() -> None:
    f = facts_of("The lender may have to restate its earnings by up to $9bn. It could be forced to restate $9bn in earnings. "
                 "It also paid a $9bn fine in 2003.")
    assert [(x.value, x.text) for x in f.figures] == [(9e9, "up to $9bn"), (9e9, "$9bn")]  # the sign before a sum is part of it
    assert "fine" in f.figures[1].what


def test_what_a_sum_or_share_is() -> None:
    f = facts_of("The firm said it earned $10m in the third quarter, down from a profit of $133m a year ago. "
                 "It will cut its workforce of 75,000. The other shareholders are the Norland government (15%) and Vantor (30%).")
    what = {x.value: x.what for x in f.figures}
    assert what[10e6] == "earned in the third quarter"  # the verb and its phrase after the sum, not the sum again
    assert what[133e6] == "profit" and "workforce" in what[75000]
    assert what[15] == "Norland government" and what[30] == "Vantor"


def test_sums_in_pence_and_a_scale_at_the_end_of_a_sentence() -> None:
    f = facts_of("Its shares were down 8.51% to 10.75p, while sales had fallen from £138m to £118m. In 1996 its share price was 200p.")
    assert {(x.value, x.text) for x in f.figures} == {(8.51, "8.51%"), (10.75, "10.75p"), (138e6, "£138m"), (118e6, "£118m"), (200, "200p")}
    assert {x.value: x.what for x in f.figures}[138e6] == "sales fallen"


def test_sums_the_model_calls_dates_and_their_conversions() -> None:
    f = facts_of("The deal saw the sale of 11bn euros ($14.4bn; £7.6bn) of government bonds on 2 August. "
                 "The group is worth $17bn (£9.1bn; 745bn Indian rupees).")
    what = {x.value: x.what for x in f.figures}
    assert what[11e9] == what[14.4e9] == what[7.6e9] == "euros of government bonds"
    assert what[17e9] == what[9.1e9] == what[745e9] == "group is worth"


def test_what_a_sum_in_a_currency_word_is_of() -> None:
    # what a sum in a currency word is "of"
    f = facts_of("The firm gained protection in 2003 after revealing debts of 14bn euros ($18.34bn; £9.6bn).")
    assert {x.value: x.what for x in f.figures} == {14e9: "revealing debts", 18.34e9: "revealing debts", 9.6e9: "revealing debts"}


def test_money_ranges_salaries_and_what_a_sum_is_for() -> None:
    f = facts_of(
        "He commanded a salary of between £25,000 and £35,000 for the work. "
        "She earned up to £10,000 for presenting the show. Two one-man shows netted him up to £480,000."
    )
    got = sorted((fig.value, fig.what) for fig in f.figures)
    assert [v for v, _ in got] == [10_000, 25_000, 35_000, 480_000]  # "one-man" counts nothing; "Two" shows is a small count
    assert "salary" in dict(got)[25_000] and "salary" in dict(got)[35_000] and "presenting" in dict(got)[10_000]


def test_a_hyphenated_spelled_number_is_one_value() -> None:
    f = facts_of("A total of 53% said so. Forty-three per cent thought Mr Blunt had done a good job as home secretary and 17% disagreed.")
    assert sorted(fig.value for fig in f.figures) == [17, 43, 53]


def test_counts_the_model_misparses_or_runs_into_a_year() -> None:
    f = facts_of("Nine consulates or consulates general will also be closed, mostly in Europe. Since 1997 10 overseas "
                 "posts have been closed. The plan aims at making £86m in efficiency savings.")
    assert {x.value: x.what for x in f.figures} == {
        9: "consulates closed mostly in Europe", 10: "overseas posts closed", 86e6: "making efficiency savings"}


def test_figures_in_short_quoted_phrases_hyphenated_nouns_and_days_of_months() -> None:
    f = facts_of('The vote is expected to fall on 5 May. Eight super-casinos are proposed. Since 1997, income had '
                 '"risen by 20% in real terms", he said, but not "one iota of truth" was in it.')
    assert {x.value: x.what for x in f.figures} == {8: "super - casinos proposed", 20: "income risen"}


def test_a_19_strong_panel_counts_the_panel() -> None:
    # "a 19-strong panel"
    f = facts_of("A senior barrister who has resigned in protest says the system is wrong. Ian Dowd QC quit when the "
                 "government failed to act. He was part of a 19-strong panel.")
    assert [(x.value, x.what) for x in f.figures] == [(19, "strong panel")]


def test_a_sum_s_scale_word_is_not_what_it_counts() -> None:
    # a sum's scale word is not what it counts
    f = facts_of('Amnesty International has called the camp a scandal. Amnesty said the release was "long overdue". '
                 'He estimates that this would save the country £119m a year.')
    assert [(x.value, x.what) for x in f.figures] == [(119e6, "save")]


def test_a_vote_majority_is_a_figure() -> None:
    f = facts_of("In Elmton Green, former Labour MP Gareth Lowe is standing against sitting MP Una King, who had a "
                 "10,000-vote majority in 2001.")
    assert [(x.value, x.what) for x in f.figures] == [(10000, "vote majority")]


def test_a_count_after_a_month_is_a_count_not_a_day() -> None:
    # "In January 25 people": a count after a month, not a day
    f = facts_of("In January 25 people were jailed. In March Sam Ade, a Belgian national who set up two sham "
                 "weddings, was jailed for three years.")
    assert [(x.value, x.what) for x in f.figures][0] == (25, "people jailed")


def test_what_the_rate_of_inflation_currently_is() -> None:
    # "the rate of inflation, which is currently 1.6%": what 1.6% is
    f = facts_of("Increases will be more than twice the rate of inflation, which is currently 1.6%.")
    assert [(x.value, x.what) for x in f.figures] == [(1.6, "rate of inflation")]


def test_a_threshold_raised_from_a_sum_and_a_count_short_of_a_number() -> None:
    # a sum a threshold is raised from or to; "17 short of the number"; a share in words is
    # no number
    f = facts_of("The chancellor is expected to raise the stamp duty threshold from £60,000. Its 301 MPs were 17 short "
                 "of the number needed. Nearly two-thirds of people with the disease were born overseas.")
    assert [(x.value, x.what) for x in f.figures] == [
        (60000, "raise duty threshold"), (301, "MPs"), (17, "were short of the number needed")]


def test_spaced_scales_and_untagged_damages_are_figures_but_number_10_is_not() -> None:
    # "£35 bn cuts" with its spaced scale; "the £5,000 damages" the model leaves untagged; not
    # "Number 10" or a typo "£135,00"
    f = facts_of("Labour claimed he was planning £35 bn cuts in public services. He fled rather than pay the £5,000 "
                 "damages. He wants to walk through the doors of Number 10. It pays £135,00 for work.")
    assert [(x.value, x.what) for x in f.figures] == [(35e9, "planning cuts in public services"), (5000, "pay damages")]


def test_what_a_sum_generated_counts() -> None:
    f = facts_of("Aides from the Duchy of Elmshire and Duchy of Ashford will appear. The Prince of Wales did receive "
                 "over £4m in 2003-4. The duchy was set up in 1337 by King Edmund. It generated almost £12m.")
    assert [(x.value, x.what) for x in f.figures][-1] == (12e6, "generated")


def test_what_yearly_sales_are() -> None:
    f = facts_of("Fedco Department Stores is to buy rival Maybury Stores. Talks sped up after Maybury's chairman and "
                 "chief executive Gene Kahn resigned in January. Fedco will assume $6bn of debt. The deal is expected "
                 "to conclude by the third quarter of this year. Fedco has annual sales of $15.6bn, while Maybury's "
                 "yearly sales are $14.4bn.", published=date(2005, 2, 28))
    assert [(x.value, x.what) for x in f.figures][-1] == (14.4e9, "yearly sales")


def test_a_share_price_and_a_loss_with_its_conversions() -> None:
    f = facts_of("It will face a company named May Stores. A deal for May was struck. Shares dropped by almost 23% to "
                 "2.05 euros. It posted a record loss of 68m euros ($89m; £47m).")
    assert [(x.value, x.what) for x in f.figures] == [
        (23, "Shares dropped"), (2.05, "Shares dropped"),
        (68e6, "posted record loss"), (89e6, "posted record loss"), (47e6, "posted record loss")]


def test_an_age_is_no_figure_but_a_target_of_1_5_million_is() -> None:
    # an age is no figure; "a target of 1.5 million"
    f = facts_of("Adults are defined as being aged over 19. A target of 1.5 million more by 2010 needed ideas.")
    assert [(x.value, x.what.split()[0]) for x in f.figures] == [(1.5e6, "target")]


def test_left_school_at_14_is_an_age_not_a_figure() -> None:
    # "left school at 14" is an age
    f = facts_of("Mr Hart's fellow Welshman Ray Readon won the championship six times, having left school at 14 to "
                 "work as a miner. Some 84,000 jobs will go.")
    assert [x.value for x in f.figures] == [84000]


def test_a_number_spelled_with_a_point_and_a_farmer_s_job() -> None:
    f = facts_of("In Ireland there was only a one point three per cent fall in volume sales. Norfolk farmer Tom Marten "
                 "was jailed in 1999.")
    assert [(x.value, x.text) for x in f.figures] == [(1.3, "one point three")]
    assert roles_of(f)["Tom Marten"] == [("Norfolk farmer", None, None)]


def test_what_a_figure_counts_after_worth_and_before_a_participle() -> None:
    f = facts_of("Ministers had failed, with 5,000 people dying from infections last year. The Tories highlighted "
                 "their plans for tax cuts worth £4bn.")
    assert [(x.value, x.what) for x in f.figures] == [(5000, "people dying from infections"), (4e9, "tax cuts")]


def test_a_percentage_of_a_noun_or_by_which_a_verb_moves_one() -> None:
    # a percentage "of" a noun or "by" which a verb moves one; "of the state's holdings" keeps
    # its noun
    f = facts_of("The plan seeks economic growth of 5.2%. It would expand public spending by 20%. It calls for the "
                 "sale of 15% of the state's corporate holdings.", date(2005, 1, 17))
    assert [(x.value, x.what) for x in f.figures] == [
        (5.2, "seeks economic growth"), (20, "expand public spending"), (15, "sale of state corporate holdings")]


def test_a_small_spelled_count_is_a_key_figure_only_in_a_tally() -> None:
    # "two firms signed", "three top bosses stood down": incidental; "Three hostages and 90
    # prisoners were freed": a tally
    f = facts_of("The two firms signed a memorandum. Three top bosses stood down last month. Three hostages and 90 "
                 "prisoners were freed on Sunday. Sales rose 3%.")
    assert [(x.value, x.text) for x in f.figures] == [(3, "Three"), (90, "90"), (3, "3%")]
    assert parse_value("£22 billions") == 22e9


def test_a_percentage_in_words_is_read_as_the_sign() -> None:
    # US news writes "percent": what the share measures is said as for "%", never the word "percent" alone
    f = facts_of("Fares on Tarrow buses went up 22 percent last year. Tarrow council plans to raise road spending by "
                 "12 percent.")
    whats = {x.value: x.what for x in f.figures}
    assert "percent" not in " ".join(whats.values())
    assert "Fares" in whats[22] and "road spending" in whats[12]


def test_a_comparative_already_in_the_counted_words_is_not_said_twice() -> None:
    f = facts_of("Under the Tarrow plan, 15 million fewer people would have cover next year than under current law.")
    [fig] = f.figures
    assert fig.what.split().count("fewer") == 1


def test_what_a_figure_counts_never_ends_on_a_function_word() -> None:
    f = facts_of("Jo Orme said five inspectors eventually arrived at a makeshift clinic in the suburb where about 100 people "
                 "still with symptoms were waiting.")
    last = {x.value: x.what.split()[-1] for x in f.figures}
    assert last[5] == "clinic" and last[100] not in ("with", "the", "in")

package org.policyminer.watch;

/** The site changes of the acceptance scenario, shared by the tests that replay it. */
final class Scenario {
    private Scenario() {}

    /** Three articles added, one edited, one re-listed in a second column. */
    static void change(MiitFixtureSite site) {
        site.publish(MiitFixtureSite.TZ, "n1");
        site.publish(MiitFixtureSite.ZCJD, "n2");
        site.publish(MiitFixtureSite.SJDT, "n3");
        site.edit("a1", "（2026年5月19日更新：报送截止时间延长至2026年7月15日。）");
        site.publish(MiitFixtureSite.TZ, "a5");
    }
}

"""Providers' names: a preset's own is stored as written and shown translated."""


def test_a_presets_own_name_is_stored_as_written_and_shown_in_the_users_language() -> None:
    from dataclasses import replace as replaced

    from core import i18n
    from core.config.providers import builtin_provider, new_provider

    german = {"Built-in (offline)": "Integriert (offline)", "Other server": "Anderer Server"}
    i18n.use(replaced(i18n.ENGLISH, translate=lambda c, s, d, n: german.get(s, s)))
    try:
        built_in, other = builtin_provider(), new_provider("custom")
        assert (built_in.name, other.name) == ("Built-in (offline)", "Other server")
        assert (built_in.shown_name, other.shown_name) == ("Integriert (offline)", "Anderer Server")
        assert replaced(other, name="Mein Server").shown_name == "Mein Server"
    finally:
        i18n.use(i18n.ENGLISH)
    assert built_in.shown_name == "Built-in (offline)"

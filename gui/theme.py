"""Colours and spacing for the conversation, derived from the system palette (light or dark)."""

from PySide6.QtGui import QColor, QPalette

_R = QPalette.ColorRole
# Each role's colour in Rivulet's light theme (white pages on a soft grey frame) and in
# its dark one (designed for the dark: softer text, lifted surfaces; not the light one
# inverted). Blue is what acts, in both.
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    _R.Window: ("#f3f3f5", "#202124"),
    _R.WindowText: ("#1f2024", "#e8e8ea"),
    _R.Base: ("#ffffff", "#1b1b1f"),
    _R.AlternateBase: ("#f6f6f8", "#26272b"),
    _R.Text: ("#1f2024", "#e8e8ea"),
    _R.Button: ("#f7f7f9", "#2b2c30"),
    _R.ButtonText: ("#1f2024", "#e8e8ea"),
    _R.Highlight: ("#2f6fdf", "#4c8bf5"),
    _R.HighlightedText: ("#ffffff", "#ffffff"),
    _R.PlaceholderText: ("#6b6c73", "#8a8b90"),
    _R.ToolTipBase: ("#1f2024", "#e8e8ea"),
    _R.ToolTipText: ("#f3f3f5", "#1b1b1f"),
    _R.Link: ("#1a5fd0", "#7cb4ff"),
    _R.Mid: ("#c9cace", "#3a3b40"),
    _R.Midlight: ("#e4e4e8", "#323338"),
    _R.Dark: ("#9fa0a6", "#141417"),
    _R.Light: ("#ffffff", "#3c3d42"),
}
_DISABLED_TEXT = ("#9a9ba1", "#6c6d73")


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colours in _COLOURS.items():
        palette.setColor(role, QColor(colours[1 if dark else 0]))
    for role in (_R.Text, _R.WindowText, _R.ButtonText):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT[1 if dark else 0])
        )
    return palette


def light_palette() -> QPalette:
    return _palette(dark=False)


def dark_palette() -> QPalette:
    return _palette(dark=True)


def chosen_palette(theme: str) -> QPalette | None:
    """The palette of a theme chosen in the settings; None for "system" (the platform's)."""
    if theme == "light":
        return light_palette()
    if theme == "dark":
        return dark_palette()
    return None


def _mix(a: QColor, b: QColor, amount: float) -> str:
    r = a.red() + (b.red() - a.red()) * amount
    g = a.green() + (b.green() - a.green()) * amount
    bl = a.blue() + (b.blue() - a.blue()) * amount
    return QColor(int(r), int(g), int(bl)).name()


def stylesheet(palette: QPalette, text_points: float = 0.0) -> str:
    """The window's style sheet; `text_points` (when set) sizes the conversation's and the
    prompt's text. (With a style sheet active Qt does not pass fonts set with setFont down
    to child widgets, so the size has to be a rule here.)"""
    sized = (
        # Everything a person reads in the window, not only the messages (the names over
        # them, the chat list and the model's name stayed small).
        f"#messageText, #thinkingText, #prompt, #noticeLabel, #foldButton, #suggestionChip,"
        f" #messageTitle, #sidebar QListView, #sidebar QLineEdit, #modelBox, #chipName,"
        f" #chipDetail, #filesNote {{ font-size: {text_points:g}pt; }}"
        if text_points
        else ""
    )
    return _colours(palette) + sized


def subtle_text(palette: QPalette) -> QColor:
    """Quieter than text, for titles and headings; still WCAG AA on the bubbles and the
    sidebar, which is why it is a little stronger than the muted colour."""
    text = palette.color(QPalette.ColorRole.Text)
    return QColor(_mix(text, palette.color(QPalette.ColorRole.Base), 0.3))


def _colours(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    dark = base.lightness() < 128
    user_bubble = _mix(base, accent, 0.22 if dark else 0.12)
    assistant_bg = _mix(base, text, 0.04)
    border = _mix(base, text, 0.14)
    row_hover = _mix(base, text, 0.09)
    muted = _mix(text, base, 0.4)
    subtle = subtle_text(palette).name()
    warn = "#e8a33d" if dark else "#9a5b00"
    error = "#ff7b72" if dark else "#b42318"
    on_accent = palette.color(QPalette.ColorRole.HighlightedText).name()
    link = QColor("#7cb4ff" if dark else "#1a5fd0")  # as replies' links
    return f"""
    QScrollArea, #conversationContent {{ background: {base.name()}; }}
    #userMessage {{ background: {user_bubble}; border-radius: 14px; }}
    #assistantMessage {{ background: {assistant_bg}; border: 1px solid {border};
                          border-radius: 14px; }}
    #messageText {{ background: transparent; }}
    #thinkingButton {{ color: {muted}; }}
    #statsLabel {{ color: {muted}; font-size: 8pt; }}
    #thinkingText {{ color: {muted}; background: transparent; }}
    #messageTool {{ color: {muted}; padding: 3px; border-radius: 6px; }}
    #messageTool:hover, #messageTool:focus {{ color: {text.name()}; background: {border}; }}
    #sendButton {{ background: {accent.name()}; color: {on_accent}; border: none;
                   border-radius: 16px; padding: 6px; }}
    #sendButton:focus {{ border: 2px solid {text.name()}; }}
    #attachButton {{ color: {muted}; border-radius: 16px; padding: 6px; }}
    #attachButton:hover, #attachButton:focus {{ color: {text.name()}; background: {border}; }}
    #messageTitle {{ color: {subtle}; font-weight: 600; }}
    #noticeLabel {{ color: {warn}; }}
    #noticeLabel[severity="failed"] {{ color: {error}; }}
    #welcomePanel[configured="false"] {{ border: 1px solid {border}; border-radius: 14px; }}
    #welcomeHeading {{ font-size: 18pt; font-weight: 600; }}
    #suggestionChip {{ border: 1px solid {border}; border-radius: 16px; padding: 8px 14px;
                       background: {base.name()}; }}
    #suggestionChip:hover, #suggestionChip:focus {{ background: {user_bubble}; }}
    #sidebarEmpty {{ color: {muted}; padding: 24px 8px; }}
    #sidebar {{ background: {assistant_bg}; }}
    #foldButton {{ color: {link.name()}; font-weight: 600; padding: 2px 0; }}
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    #hint {{ color: {muted}; }}
    #composerBox {{ background: {base.name()}; border: 1px solid {border}; border-radius: 20px; }}
    #composerBox[focused="true"] {{ border: 2px solid {accent.name()}; }}
    #composerBox #prompt {{ border: none; background: transparent; }}
    #sidebar QListView {{ border: none; background: {assistant_bg}; }}
    #sidebar QListView::item {{ padding: 6px 8px; border-radius: 6px; }}
    #sidebar QListView::item:hover {{ background: {row_hover}; }}
    #sidebar QListView::item:selected {{ background: {user_bubble}; color: {text.name()}; }}
    #newChatButton {{ font-weight: 600; padding: 4px 10px 4px 6px; border-radius: 8px; }}
    #newChatButton:hover, #newChatButton:focus {{ background: {row_hover}; }}
    #sidebar QLineEdit {{ border: 1px solid {border}; border-radius: 8px; padding: 4px 4px;
                          background: {base.name()}; }}
    #sidebar QLineEdit:focus {{ border: 1px solid {accent.name()}; }}
    #sidebar #renameEditor {{ padding: 0 6px; border-radius: 6px; }}
    #modelBox {{ border: 1px solid transparent; border-radius: 8px; padding: 4px 8px;
                 font-weight: 600; background: transparent; }}
    #modelBox:hover, #modelBox:focus {{ background: {row_hover}; border-color: {border}; }}
    #modelBox QAbstractItemView {{ background: {base.name()}; color: {text.name()};
                                   outline: none; }}
    #modelBox QAbstractItemView::item {{ padding: 4px 8px; }}
    #modelBox QAbstractItemView::item:selected {{ background: {accent.name()};
                                                  color: {on_accent}; }}
    #documentChip {{ border: 1px solid {border}; border-radius: 10px; background: {base.name()}; }}
    #documentChip:hover {{ border-color: {accent.name()}; }}
    #chipName {{ font-weight: 600; }}
    #chipDetail, #filesNote {{ color: {subtle}; }}
    #filesNote {{ background: transparent; }}
    #rowButton {{ color: {muted}; border-radius: 6px; padding: 3px; }}
    #rowButton:hover {{ color: {text.name()}; background: {border}; }}
    #jumpButton {{ background: {accent.name()}; color: {on_accent}; border: none;
                   min-height: 18px; padding: 6px 14px; font-weight: 600;
                   border-radius: 15px; }}
    #historyNotice {{ color: {error}; padding: 8px 24px; border-bottom: 1px solid {border}; }}
    """

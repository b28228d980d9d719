"""Colours and spacing for the conversation, derived from the system palette (light or dark)."""

from PySide6.QtGui import QColor, QPalette


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
        f"#messageText, #thinkingText, #prompt {{ font-size: {text_points:g}pt; }}"
        if text_points
        else ""
    )
    return _colours(palette) + sized


def _colours(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    dark = base.lightness() < 128
    user_bubble = _mix(base, accent, 0.22 if dark else 0.12)
    assistant_bg = _mix(base, text, 0.04)
    border = _mix(base, text, 0.14)
    muted = _mix(text, base, 0.4)
    # Titles sit on the bubbles too: a little stronger than muted, to keep WCAG AA there.
    subtle = _mix(text, base, 0.3)
    warn = "#e8a33d" if dark else "#9a5b00"
    error = "#ff7b72" if dark else "#b42318"
    on_accent = palette.color(QPalette.ColorRole.HighlightedText).name()
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
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    #hint {{ color: {muted}; }}
    #composer {{ border-top: 1px solid {border}; }}
    #sidebar QListView {{ border: none; background: {assistant_bg}; }}
    #sidebar QListView::item {{ padding: 6px 8px; border-radius: 6px; }}
    #sidebar QListView::item:selected {{ background: {user_bubble}; color: {text.name()}; }}
    #jumpButton {{ background: {accent.name()}; color: {on_accent};
                   border: none; border-radius: 14px; padding: 6px 14px; font-weight: 600; }}
    #historyNotice {{ color: {error}; padding: 8px 24px; border-bottom: 1px solid {border}; }}
    """

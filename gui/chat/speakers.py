"""The heading over each message: "You" over the user's, the model's name over a reply.

Its own module so that a message shown already can take a new language's "You"
(gui/reply_view/message_widget.py) without importing the session.
"""

from core.chat.conversation import Message, Role
from core.i18n import Context
from core.local.model_files import display_name

Speakers = Context("Speakers")


def title_of(message: Message, current_model: str) -> str:
    if message.role is Role.USER:
        return you()
    return display_name(message.model or current_model) or Speakers.tr(
        "Assistant", "the heading of a reply"
    )


def you() -> str:
    return Speakers.tr("You", "the heading of the user's messages")

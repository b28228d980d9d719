"""A conversations.json shaped like ChatGPT's data export, branches and system nodes included."""

from typing import Any


def _node(node_id: str, parent: str | None, children: list[str], message: Any) -> dict[str, Any]:
    return {"id": node_id, "message": message, "parent": parent, "children": children}


def _message(
    message_id: str, role: str, text: str | None, stamp: float, *, content_type: str = "text"
) -> dict[str, Any]:
    return {
        "id": message_id,
        "author": {"role": role, "name": None, "metadata": {}},
        "create_time": stamp,
        "update_time": None,
        "content": {"content_type": content_type, "parts": [] if text is None else [text]},
        "status": "finished_successfully",
        "end_turn": True,
        "weight": 1.0,
        "metadata": {"model_slug": "gpt-4o"} if role == "assistant" else {},
        "recipient": "all",
    }


def chatgpt_export() -> list[dict[str, Any]]:
    """Two conversations; the first was edited, so its mapping holds two branches."""
    first = {
        "title": "Sourdough starter",
        "create_time": 1700000000.0,
        "update_time": 1700000300.0,
        "mapping": {
            "root": _node("root", None, ["sys"], None),
            "sys": _node("sys", "root", ["u1", "u1b"], _message("m-sys", "system", "", 1.0)),
            "u1": _node(
                "u1", "sys", ["a1"], _message("m-u1", "user", "How do I start sourdough?", 2.0)
            ),
            "a1": _node("a1", "u1", [], _message("m-a1", "assistant", "Old answer.", 3.0)),
            "u1b": _node(
                "u1b",
                "sys",
                ["a1b"],
                _message("m-u1b", "user", "How do I make a sourdough starter?", 4.0),
            ),
            "a1b": _node(
                "a1b", "u1b", ["t1"], _message("m-a1b", "assistant", "Mix flour and water.", 5.0)
            ),
            "t1": _node(
                "t1",
                "a1b",
                ["a2"],
                _message("m-t1", "tool", "search results", 6.0, content_type="tether_quote"),
            ),
            "a2": _node("a2", "t1", [], _message("m-a2", "assistant", "Feed it daily.", 7.0)),
        },
        "moderation_results": [],
        "current_node": "a2",
        "plugin_ids": None,
        "conversation_id": "6f1c2d3e-aaaa-bbbb-cccc-000000000001",
        "conversation_template_id": None,
        "id": "6f1c2d3e-aaaa-bbbb-cccc-000000000001",
    }
    second = {
        "title": "Haiku",
        "create_time": 1700001000.0,
        "update_time": 1700001100.0,
        "mapping": {
            "r": _node("r", None, ["q"], None),
            "q": _node("q", "r", ["a"], _message("m-q", "user", "A haiku about rain", 10.0)),
            "a": _node("a", "q", [], _message("m-a", "assistant", "Soft rain on the roof", 11.0)),
        },
        "current_node": "a",
        "conversation_id": "6f1c2d3e-aaaa-bbbb-cccc-000000000002",
        "id": "6f1c2d3e-aaaa-bbbb-cccc-000000000002",
    }
    return [first, second]


def linked_conversation(
    parents: dict[str, str | None], current: str, *, texts: bool = True
) -> dict[str, Any]:
    """One conversation whose nodes have exactly the parent links given (loops and all),
    as a crafted or damaged file might have them; without `texts`, bare nodes (small)."""
    mapping = {
        node_id: _node(
            node_id,
            parent,
            [],
            _message(f"m-{node_id}", "user", node_id, 1.0) if texts else None,
        )
        for node_id, parent in parents.items()
    }
    return {
        "title": "Crafted",
        "create_time": 1700002000.0,
        "mapping": mapping,
        "current_node": current,
        "conversation_id": "6f1c2d3e-aaaa-bbbb-cccc-00000000000c",
    }


def chain(length: int) -> dict[str, str | None]:
    """Parent links of `length` nodes in one line, the first one the root."""
    return {f"n{i}": f"n{i - 1}" if i else None for i in range(length)}


def wide(count: int) -> dict[str, str | None]:
    """A root with `count - 1` children: a huge mapping whose current path is short."""
    return {"root": None, **{f"n{i}": "root" for i in range(1, count)}}

"""Chat records in JSON Lines: a record whose text is a list of messages.

The fine-tuning formats keep a conversation as a list of message objects: OpenAI's
`{"messages": [{"role": ..., "content": ...}, ...]}` and ShareGPT's `{"conversations": [{"from":
..., "value": ...}, ...]}`. Each message's string is checked as a part of the record (see
corpuslint.parts): one document per record, its messages joined by a blank line, so that the
record's metadata, duplicates and corpus counts stay the record's.
"""

from __future__ import annotations

from typing import Any

import regex

from corpuslint.parts import Parts, joined

# the list fields read as a conversation when the record has no text field, and each message's
# string: OpenAI's `content`, ShareGPT's `value`
CHAT_FIELDS = ("messages", "conversations")
CONTENT_KEYS = ("content", "value")
ROLE_KEYS = ("role", "from")  # who speaks: OpenAI's `role`, ShareGPT's `from`
PART_NAME = regex.compile(r"^(.*)\[(\d+)\]\.([^.\[\]]*)$", flags=regex.S)

_TYPES = {bool: "boolean", int: "number", float: "number", list: "array", dict: "object", str: "string"}


def chat_field(obj: dict[str, Any], text_field: str) -> str | None:
    """The field of `obj` holding a conversation: the text field when it is a list, else the
    first of `messages`/`conversations` that is one (only when the record has no text field)."""
    if isinstance(obj.get(text_field), list):
        return text_field
    if text_field in obj:
        return None
    return next((name for name in CHAT_FIELDS if isinstance(obj.get(name), list)), None)


def chat_text(obj: dict[str, Any], field: str) -> tuple[str, Parts, tuple[str, ...]] | str:
    """The text of the conversation in `obj[field]`, where each message lies in it and who speaks
    in each (its role, "" if none), or why it cannot be read (CL907's message). Messages without text (`content: null`, a tool call) add
    nothing; a message whose content is not a string (a list of multimodal parts) stops the record:
    checking the rest would report on a conversation with a turn missing."""
    messages = obj[field]
    strings: list[tuple[str, str]] = []
    roles: list[str] = []
    for index, message in enumerate(messages):
        where = f"{field}[{index}]"
        if not isinstance(message, dict):
            return (f"record's `{where}` is a JSON {_TYPES.get(type(message), 'value')}, not a message object "
                    f"(corpuslint reads a `{field}` list of objects with a `content` or `value` string)")
        key = next((k for k in CONTENT_KEYS if k in message), None)
        if key is None:
            continue
        value = message[key]
        if value is None:
            continue
        if not isinstance(value, str):
            return (f"record's `{where}.{key}` is a JSON {_TYPES.get(type(value), 'value')}, not a string "
                    "(multimodal or structured content is not read); the record is not checked")
        if value.strip():
            strings.append((f"{field}[{index}].{key}", value))
            role = next((message[k] for k in ROLE_KEYS if isinstance(message.get(k), str)), "")
            roles.append(role.strip().lower())
    if not any(isinstance(m, dict) and any(k in m for k in CONTENT_KEYS) for m in messages) and messages:
        return (f"record's `{field}` holds no message with a `content` or `value` field; set "
                "`jsonl.text-field` to the field holding the text")
    return (*joined(strings), tuple(roles))


def part_path(name: str) -> tuple[str, int, str] | None:
    """(list field, index, key) of a part named `messages[2].content`."""
    found = PART_NAME.match(name)
    return (found.group(1), int(found.group(2)), found.group(3)) if found else None

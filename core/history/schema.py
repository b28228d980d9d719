"""The history file's schema, as an ordered list of migrations.

Migration N (1-based) turns schema version N-1 into N (`PRAGMA user_version`). Append new
ones; never edit one that has shipped. Each runs as one script in its own transaction.
"""

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        deleted_at REAL  -- set by Delete, cleared by Undo, purged at the next start
    );
    CREATE INDEX conversations_newest_first ON conversations(updated_at DESC);

    CREATE TABLE messages (
        n INTEGER PRIMARY KEY,  -- a stable rowid for the full-text index
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        role TEXT NOT NULL,
        content TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        model TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',  -- the model's thinking; never sent back
        stats TEXT NOT NULL DEFAULT '',  -- JSON: tokens in/out, first token, tokens/s
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX messages_in_order ON messages(conversation_id, seq);

    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='n', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.n, new.content);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content)
            VALUES ('delete', old.n, old.content);
    END;
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content)
            VALUES ('delete', old.n, old.content);
        INSERT INTO messages_fts(rowid, content) VALUES (new.n, new.content);
    END
    """,
    """
    -- Rivulet 0.2: each conversation remembers its provider, model and options
    ALTER TABLE conversations ADD COLUMN provider TEXT NOT NULL DEFAULT '';
    ALTER TABLE conversations ADD COLUMN model TEXT NOT NULL DEFAULT '';
    ALTER TABLE conversations ADD COLUMN options TEXT NOT NULL DEFAULT '';  -- JSON ChatOptions

    -- images attached to prompts, kept with the message they were sent with
    CREATE TABLE attachments (
        n INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        mime TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL
    );
    CREATE INDEX attachments_of_message ON attachments(message_id, seq)
    """,
    """
    -- Rivulet 0.3: pinned chats stay at the top of the sidebar (pinned_at: when)
    ALTER TABLE conversations ADD COLUMN pinned_at REAL;
    CREATE INDEX conversations_pinned_then_newest
        ON conversations((pinned_at IS NULL), updated_at DESC)
    """,
    """
    -- Rivulet 0.3: files attached to prompts. A file is kept once however often it is
    -- attached (by its SHA-256), with its text page by page (JSON) beside its bytes.
    ALTER TABLE messages ADD COLUMN context TEXT NOT NULL DEFAULT '';
    ALTER TABLE messages ADD COLUMN context_note TEXT NOT NULL DEFAULT '';
    CREATE TABLE files (
        sha256 TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        size INTEGER NOT NULL,
        pages TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE message_files (
        n INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES files(sha256),
        name TEXT NOT NULL
    );
    CREATE INDEX message_files_of_message ON message_files(message_id, seq);
    CREATE INDEX message_files_by_file ON message_files(sha256);

    -- Each file's passages (core/documents/passages.py), so its words can be searched
    -- with the rest of the history.
    CREATE TABLE file_passages (
        n INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES files(sha256) ON DELETE CASCADE,
        page INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX file_passages_of_file ON file_passages(sha256);
    CREATE VIRTUAL TABLE file_passages_fts USING fts5(
        text, content='file_passages', content_rowid='n',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER file_passages_fts_insert AFTER INSERT ON file_passages BEGIN
        INSERT INTO file_passages_fts(rowid, text) VALUES (new.n, new.text);
    END;
    CREATE TRIGGER file_passages_fts_delete AFTER DELETE ON file_passages BEGIN
        INSERT INTO file_passages_fts(file_passages_fts, rowid, text)
            VALUES ('delete', old.n, old.text);
    END
    """,
)

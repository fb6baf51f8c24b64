-- The caseload (issue #19): the people on social assistance as the benefits system exports
-- them, before any of them is a candidate. An upload is kept as a preview (`content`: the
-- read columns of its rows, as JSON) until the desk stores or discards it; then the content
-- is removed and only the counts stay. No BSN is stored: such a column is dropped on reading.
CREATE TABLE caseload_imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    encoding TEXT NOT NULL,
    content TEXT,
    status TEXT NOT NULL CHECK (status IN ('preview', 'stored', 'discarded')),
    rows_read BIGINT NOT NULL,
    added BIGINT NOT NULL,
    updated BIGINT NOT NULL,
    unchanged BIGINT NOT NULL,
    refused BIGINT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    uploaded_at BIGINT NOT NULL,
    decided_by BIGINT REFERENCES users (id),
    decided_at BIGINT
);
CREATE INDEX caseload_imports_at ON caseload_imports (uploaded_at);

-- One client of the caseload, by the client number the benefits system gives them. Empty
-- optional fields are ''. The candidate they became after an intake, once they did.
CREATE TABLE caseload_clients (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_number TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    municipality TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT '',
    birth_year BIGINT NOT NULL,
    benefit_start TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    candidate_id BIGINT REFERENCES candidates (id) ON DELETE SET NULL,
    first_import_id BIGINT NOT NULL REFERENCES caseload_imports (id),
    last_import_id BIGINT NOT NULL REFERENCES caseload_imports (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX caseload_clients_name ON caseload_clients (last_name, first_name);
CREATE INDEX caseload_clients_municipality ON caseload_clients (municipality);

-- Which fields an import changed for a known client (codes, comma-separated).
CREATE TABLE caseload_client_changes (
    client_id BIGINT NOT NULL REFERENCES caseload_clients (id) ON DELETE CASCADE,
    import_id BIGINT NOT NULL REFERENCES caseload_imports (id),
    fields TEXT NOT NULL,
    PRIMARY KEY (client_id, import_id)
);

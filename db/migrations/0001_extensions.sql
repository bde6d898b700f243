-- Extensions used by search (pg_trgm GIN indexes on folded text) and accent folding.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

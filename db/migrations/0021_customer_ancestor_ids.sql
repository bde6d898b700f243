-- customers.ancestor_ids: the customer's ancestors from the top down, itself last — customer_tree's
-- rows for it as one array, kept by the same kind of triggers in the transaction of the change. A
-- sub-tree filter on it is a GIN lookup the planner ANDs with the search index (a partner's search
-- reads only its sub-tree's matches); customer_tree stays the table for lookups by id.
ALTER TABLE "customers" ADD COLUMN "ancestor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint

UPDATE customers c
   SET ancestor_ids = (
     SELECT array_agg(t.ancestor_id ORDER BY t.depth DESC) FROM customer_tree t WHERE t.org_id = c.org_id AND t.descendant_id = c.id
   );--> statement-breakpoint

CREATE INDEX "customers_ancestor_ids_idx" ON "customers" USING gin ("ancestor_ids");--> statement-breakpoint

-- A new or moved customer: its parent's path, then itself (a move's cycle check runs first: BEFORE
-- triggers fire in name order, customers_tree_check before customers_tree_path).
CREATE FUNCTION servio_customer_path_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.ancestor_ids := coalesce(
    (SELECT p.ancestor_ids FROM customers p WHERE NEW.parent_id IS NOT NULL AND p.org_id = NEW.org_id AND p.id = NEW.parent_id),
    '{}'::uuid[]
  ) || NEW.id;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_path_insert BEFORE INSERT ON customers
  FOR EACH ROW EXECUTE FUNCTION servio_customer_path_set();--> statement-breakpoint
CREATE TRIGGER customers_tree_path BEFORE UPDATE OF parent_id ON customers
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION servio_customer_path_set();--> statement-breakpoint

-- A move also rewrites the paths below it: the moved customer's new path, then what lay below it. The
-- UPDATE does not set parent_id, so it fires none of the parent_id triggers again.
CREATE FUNCTION servio_customer_path_move_below() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers d
     SET ancestor_ids = NEW.ancestor_ids || d.ancestor_ids[array_position(d.ancestor_ids, NEW.id) + 1:]
   WHERE d.org_id = NEW.org_id AND d.ancestor_ids @> ARRAY[NEW.id] AND d.id <> NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_tree_path_below AFTER UPDATE OF parent_id ON customers
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION servio_customer_path_move_below();

-- SPEC T7: customer_tree is the closure of customers.parent_id (every ancestor of every customer,
-- itself at depth 0), kept here by triggers in the transaction of the change — not by the verbs —
-- so seeds, imports, the delete verb's detaching of children and hand-run SQL keep it exact.
-- A partner's staff see its sub-tree through one indexed lookup (lib/visibility/predicates.ts).

-- A new customer: itself, and its parent's ancestors one level further.
CREATE FUNCTION servio_customer_tree_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_tree (org_id, ancestor_id, descendant_id, depth)
  SELECT NEW.org_id, NEW.id, NEW.id, 0
  UNION ALL
  SELECT NEW.org_id, t.ancestor_id, NEW.id, t.depth + 1
    FROM customer_tree t
   WHERE NEW.parent_id IS NOT NULL AND t.org_id = NEW.org_id AND t.descendant_id = NEW.parent_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_tree_insert AFTER INSERT ON customers
  FOR EACH ROW EXECUTE FUNCTION servio_customer_tree_insert();--> statement-breakpoint

-- A customer cannot move below itself or anything below it (the verbs say so next to the field
-- first; this is the backstop).
CREATE FUNCTION servio_customer_tree_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM customer_tree WHERE org_id = NEW.org_id AND ancestor_id = NEW.id AND descendant_id = NEW.parent_id
  ) THEN
    RAISE EXCEPTION 'customer % cannot be placed inside its own sub-tree', NEW.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'customers_parent_outside_subtree';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_tree_check BEFORE UPDATE OF parent_id ON customers
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION servio_customer_tree_check();--> statement-breakpoint

-- A move carries the whole sub-tree: unlink it from the old ancestors, link it under the new parent.
CREATE FUNCTION servio_customer_tree_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM customer_tree d
   USING customer_tree sub, customer_tree anc
   WHERE sub.org_id = NEW.org_id AND sub.ancestor_id = NEW.id
     AND anc.org_id = NEW.org_id AND anc.descendant_id = NEW.id AND anc.ancestor_id <> NEW.id
     AND d.org_id = NEW.org_id AND d.ancestor_id = anc.ancestor_id AND d.descendant_id = sub.descendant_id;
  INSERT INTO customer_tree (org_id, ancestor_id, descendant_id, depth)
  SELECT NEW.org_id, p.ancestor_id, sub.descendant_id, p.depth + sub.depth + 1
    FROM customer_tree p, customer_tree sub
   WHERE NEW.parent_id IS NOT NULL
     AND p.org_id = NEW.org_id AND p.descendant_id = NEW.parent_id
     AND sub.org_id = NEW.org_id AND sub.ancestor_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER customers_tree_move AFTER UPDATE OF parent_id ON customers
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION servio_customer_tree_move();--> statement-breakpoint

-- Existing customers. Depth is bounded in case old data holds a cycle (nothing refused them before).
INSERT INTO customer_tree (org_id, ancestor_id, descendant_id, depth)
WITH RECURSIVE up (org_id, ancestor_id, descendant_id, depth) AS (
  SELECT org_id, id, id, 0 FROM customers
  UNION ALL
  SELECT up.org_id, c.parent_id, up.descendant_id, up.depth + 1
    FROM up JOIN customers c ON c.org_id = up.org_id AND c.id = up.ancestor_id
   WHERE c.parent_id IS NOT NULL AND up.depth < 64
)
SELECT DISTINCT ON (org_id, ancestor_id, descendant_id) org_id, ancestor_id, descendant_id, depth FROM up
ORDER BY org_id, ancestor_id, descendant_id, depth;

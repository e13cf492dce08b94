-- Schema version 2: a mention carries the actor attributes it resolved to, because many
-- mentions are actors the register does not hold as rows (a spokesman named only by role:
-- a person, of Hizbullah's country and sector). Also the register's version on each actor.
ALTER TABLE mentions ADD COLUMN name VARCHAR;
ALTER TABLE mentions ADD COLUMN type VARCHAR;
ALTER TABLE mentions ADD COLUMN country VARCHAR;
ALTER TABLE mentions ADD COLUMN sector VARCHAR;
ALTER TABLE actors ADD COLUMN parent VARCHAR;

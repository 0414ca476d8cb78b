-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "reachedStage" "Stage" NOT NULL DEFAULT 'FIND';

-- Written by hand below: what schema.prisma cannot say.

-- Each contact's furthest stage so far: its stage now, or the furthest one a backward move left
-- (a contact below a stage it once reached got there by a backward move). GREATEST skips the NULL
-- of a contact never moved back.
UPDATE "Contact" c
SET "reachedStage" = GREATEST(c.stage, (SELECT max(s."fromStage") FROM "StageChange" s WHERE s."contactId" = c.id AND s."fromStage" > s."toStage"));

-- From now on the database keeps it, whoever writes: a contact created or moved reaches its stage
-- and never un-reaches one...
CREATE FUNCTION "contact_keeps_reached_stage"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    NEW."reachedStage" := GREATEST(OLD."reachedStage", NEW."reachedStage", NEW.stage);
  ELSE
    NEW."reachedStage" := GREATEST(NEW."reachedStage", NEW.stage);
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Contact_reachedStage" BEFORE INSERT OR UPDATE OF stage, "reachedStage" ON "Contact"
FOR EACH ROW EXECUTE FUNCTION "contact_keeps_reached_stage"();

-- ...and history written after the contact (an account restored from its archive) counts too: a
-- backward move shows the contact once stood at the stage it left.
CREATE FUNCTION "stage_change_raises_reached_stage"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Contact" SET "reachedStage" = NEW."fromStage" WHERE id = NEW."contactId" AND "reachedStage" < NEW."fromStage";
  RETURN NULL;
END
$$;

CREATE TRIGGER "StageChange_reachedStage" AFTER INSERT ON "StageChange"
FOR EACH ROW WHEN (NEW."fromStage" > NEW."toStage") EXECUTE FUNCTION "stage_change_raises_reached_stage"();

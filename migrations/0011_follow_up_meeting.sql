-- The optional new evaluation meeting after week 17 ('vervolgevaluatie'), planned by the
-- coordinator when the team wants to evaluate its next steps; one per leerlijn, moved to plan again.
alter table meetings drop constraint meetings_kind_check;
alter table meetings add constraint meetings_kind_check
  check (kind in ('signalering', 'actieplan', 'terugkom', 'eindevaluatie', 'vervolgevaluatie'));

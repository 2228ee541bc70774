-- The unit code written first in the details: opinions ("fgw: 2" or "fgw"), deliveries ("town-1"),
-- re-routing ("town-1 → town-2": the refusing unit), contributions ("czj 2027-Q1").
UPDATE audit_event e SET unit_code = u.code
  FROM org_unit u
 WHERE e.unit_code IS NULL
   AND e.action IN ('OPINION_GIVEN', 'OPINION_LATE', 'DELIVERY_READ', 'ACKNOWLEDGED', 'REFUSED', 'REROUTED',
                    'REFUSAL_CLOSED', 'DELIVERY_OVERDUE', 'ACK_URGED', 'CONTRIBUTION_ADDED')
   AND u.code = split_part(split_part(e.details, ':', 1), ' ', 1);

-- A bulletin's read receipt: "督查通报〔2027〕1号 town-1".
UPDATE audit_event e SET unit_code = u.code
  FROM org_unit u
 WHERE e.unit_code IS NULL AND e.action = 'BULLETIN_READ' AND u.code = split_part(e.details, ' ', 2);

-- An assessment's events begin with its year: "2026 区市场监管局 #1=2".
UPDATE audit_event e SET assessment_id = a.id
  FROM assessment a
 WHERE e.assessment_id IS NULL
   AND e.action IN ('ASSESSMENT_OPENED', 'ASSESSMENT_EVIDENCE_ADDED', 'ASSESSMENT_EVIDENCE_REMOVED', 'SELF_ASSESSED',
                    'SELF_ASSESSMENT_LAPSED', 'ASSESSMENT_SCORED', 'ASSESSMENT_DECIDED', 'ASSESSMENT_PUBLISHED')
   AND a.plan_id = e.plan_id AND a.year::text = split_part(e.details, ' ', 1);

-- A self-assessment names its unit after the year; evidence is the unit of whoever added it.
UPDATE audit_event e SET unit_code = u.code
  FROM org_unit u
 WHERE e.unit_code IS NULL AND e.action IN ('SELF_ASSESSED', 'SELF_ASSESSMENT_LAPSED')
   AND split_part(e.details, ' ', 2) IN (u.name, u.code);

UPDATE audit_event e SET unit_code = p.unit_code
  FROM app_user p
 WHERE e.unit_code IS NULL AND e.action IN ('ASSESSMENT_EVIDENCE_ADDED', 'ASSESSMENT_EVIDENCE_REMOVED')
   AND p.username = e.actor;

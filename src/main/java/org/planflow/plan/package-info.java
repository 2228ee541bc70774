/**
 * Plans (实施方案/工作方案): their text in outlined sections, the task breakdown table, attachments and
 * revisions, the import of .docx/.txt documents and .xlsx tables, and the approval process that
 * carries a draft through department review, consultation and leader approval to issuance.
 */
package org.planflow.plan;

/**
 * The small shared kernel: role names, the errors every feature raises, and the platform plumbing
 * (database start-up, problem+json) that no single feature owns.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.planflow.shared;

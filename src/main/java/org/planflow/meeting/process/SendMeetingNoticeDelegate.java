package org.planflow.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.planflow.meeting.MeetingService;
import org.springframework.stereotype.Component;

/** The meeting's notice goes out to its units (the notice .docx is written when downloaded). */
@Component("sendMeetingNoticeDelegate")
class SendMeetingNoticeDelegate implements JavaDelegate {

    private final MeetingService meetings;

    SendMeetingNoticeDelegate(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.noticeSent(((Number) execution.getVariable(MeetingProcess.VAR_MEETING_ID)).longValue());
    }
}

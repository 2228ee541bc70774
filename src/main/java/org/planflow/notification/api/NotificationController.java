package org.planflow.notification.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.notification.Notification;
import org.planflow.notification.NotificationService;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first, paged with their total and the unread count: "
            + "{items, page, size, total, unread}")
    NotificationPage mine(PageRequest page) {
        return new NotificationPage(notifications.mine(page), notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification as read")
    Map<String, Long> read(@PathVariable long id) {
        notifications.markRead(id);
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all the caller's notifications as read")
    Map<String, Long> readAll() {
        notifications.markAllRead();
        return Map.of("unread", notifications.unreadCount());
    }

    /** The shared page with the unread count beside it. */
    record NotificationPage(@JsonUnwrapped PageOf<Notification> page, long unread) {
    }
}

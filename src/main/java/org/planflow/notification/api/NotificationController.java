package org.planflow.notification.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.notification.Notification;
import org.planflow.notification.NotificationService;
import org.planflow.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notifications")
class NotificationController {

    private static final int MAX_PAGE_SIZE = 200;

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first, with the unread count")
    Page mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new Page(notifications.mine(page * size, size), page, size, notifications.countMine(), notifications.unreadCount());
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

    record Page(List<Notification> items, int page, int size, long total, long unread) {
    }
}

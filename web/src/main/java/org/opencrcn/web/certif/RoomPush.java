package org.opencrcn.web.certif;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Tells the supervisor rooms open on a session that its candidates changed (joined, admitted,
 * answered, ended), through the Faces WebSocket channel {@value #CHANNEL}. The message carries no
 * data: each room then reloads its list through its own, password-checked, request.
 */
@ApplicationScoped
public class RoomPush {
  public static final String CHANNEL = "surveillance";
  public static final String CHANGED = "changed";

  @Inject
  @Push(channel = CHANNEL)
  private PushContext rooms;

  public void sessionChanged(long sessionNumber) {
    rooms.send(CHANGED, sessionNumber);
  }
}

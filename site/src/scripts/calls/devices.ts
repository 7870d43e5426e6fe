/**
 * The device check: a live preview, a microphone level meter and device
 * pickers. Errors come back as the reason to show (refused, no device,
 * unsupported), never as an exception.
 */
export type DeviceProblem = 'permissionRefused' | 'noDevice' | 'notSupported'

export interface DeviceCheck {
  stream: MediaStream | null
  stop: () => void
}

const problemOf = (error: unknown): DeviceProblem => {
  const name = (error as { name?: string }).name
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permissionRefused'
  return 'noDevice'
}

export const startDeviceCheck = async (
  video: HTMLVideoElement,
  meter: HTMLMeterElement,
  choice: { camera?: string; microphone?: string },
): Promise<DeviceCheck | DeviceProblem> => {
  if (!navigator.mediaDevices?.getUserMedia) return 'notSupported'
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: choice.camera ? { deviceId: { exact: choice.camera } } : true,
      audio: choice.microphone ? { deviceId: { exact: choice.microphone } } : true,
    })
  } catch (error) {
    return problemOf(error)
  }
  video.srcObject = stream
  // The level meter: the loudness of the microphone, refreshed every frame.
  const audio = new AudioContext()
  const analyser = audio.createAnalyser()
  analyser.fftSize = 512
  audio.createMediaStreamSource(stream).connect(analyser)
  const samples = new Float32Array(analyser.fftSize)
  let frame = 0
  const tick = () => {
    analyser.getFloatTimeDomainData(samples)
    let sum = 0
    for (const sample of samples) sum += sample * sample
    meter.value = Math.min(1, Math.sqrt(sum / samples.length) * 4)
    frame = requestAnimationFrame(tick)
  }
  void audio.resume()
  tick()
  return {
    stream,
    stop: () => {
      cancelAnimationFrame(frame)
      for (const track of stream.getTracks()) track.stop()
      void audio.close()
      video.srcObject = null
    },
  }
}

/** Fills the camera and microphone pickers (labels are known once permission is given). */
export const listDevices = async (
  camera: HTMLSelectElement,
  microphone: HTMLSelectElement,
  stream: MediaStream,
) => {
  const devices = await navigator.mediaDevices.enumerateDevices()
  const current = new Set(stream.getTracks().map((t) => t.getSettings().deviceId))
  for (const [select, kind] of [
    [camera, 'videoinput'],
    [microphone, 'audioinput'],
  ] as const) {
    select.replaceChildren(
      ...devices
        .filter((d) => d.kind === kind)
        .map((d, i) => {
          const option = new Option(d.label || `${kind === 'videoinput' ? '📷' : '🎙'} ${i + 1}`, d.deviceId)
          option.selected = current.has(d.deviceId)
          return option
        }),
    )
  }
}

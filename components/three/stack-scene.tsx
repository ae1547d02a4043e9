"use client";
import { Canvas, useThree, type ThreeEvent } from "@react-three/fiber";
import { useEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from "react";
import { BufferGeometry, Line, LineBasicMaterial, Vector3, type PerspectiveCamera } from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { LAYER_COLOURS } from "@/app/_lib/content/layers";
import type { Stack } from "@/app/_lib/journey/stack3d";
import styles from "./stack-scene.module.css";


type Props = {
  stack: Stack;
  /** What the request whose route is drawn is called, for the picture's description. */
  requestName: string;
  selected: string | undefined;
  onSelect: (id: string) => void;
};

/**
 * The stack in 3D. Renders on demand (`frameloop="demand"`): a frame is drawn only when the
 * camera moves or the selection changes, so an idle scene costs nothing.
 */
export default function StackScene({ stack, requestName, selected, onSelect }: Props) {
  const controls = useRef<OrbitControls | null>(null);
  const invalidate = useRef<() => void>(() => {});

  // Keys turn and zoom the view: arrows orbit, + and - zoom, 0 resets.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const c = controls.current;
    if (!c) return;
    const step = Math.PI / 24;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => c.rotateLeft(-step),
      ArrowRight: () => c.rotateLeft(step),
      ArrowUp: () => c.rotateUp(-step),
      ArrowDown: () => c.rotateUp(step),
      "+": () => c.dollyIn(1.15),
      "=": () => c.dollyIn(1.15),
      "-": () => c.dollyOut(1.15),
      "0": () => c.reset(),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
    c.update();
    invalidate.current();
  };

  return (
    <div
      className={styles.stackCanvas}
      tabIndex={0}
      role="img"
      aria-label={`The layers of the system stacked in 3D, with the route of ${requestName} drawn through them. Arrow keys turn the view, + and - zoom, 0 resets.`}
      onKeyDown={onKeyDown}
      data-three-canvas
    >
      <Canvas frameloop="demand" camera={{ position: [0, stack.extent * 0.9, stack.extent * 1.3], fov: 45 }} dpr={[1, 2]}>
        <ambientLight intensity={0.7} />
        <directionalLight position={[5, 10, 7]} intensity={1.1} />
        <Controls controlsRef={controls} invalidateRef={invalidate} />
        {stack.levels.map((l) => (
          <mesh key={l.layer} position={[0, l.y - 0.22, 0]}>
            <boxGeometry args={[stack.extent * 1.05, 0.04, stack.extent * 0.75]} />
            <meshStandardMaterial color={LAYER_COLOURS[l.layer] ?? "#64748b"} transparent opacity={0.12} />
          </mesh>
        ))}
        {stack.blocks.map((b) => (
          <mesh
            key={b.id}
            position={b.position}
            onClick={(e: ThreeEvent<MouseEvent>) => {
              e.stopPropagation();
              onSelect(b.id);
            }}
            onPointerOver={() => (document.body.style.cursor = "pointer")}
            onPointerOut={() => (document.body.style.cursor = "")}
            scale={b.id === selected ? 1.35 : 1}
          >
            <boxGeometry args={[0.9, 0.4, 0.5]} />
            <meshStandardMaterial color={LAYER_COLOURS[b.layer] ?? "#64748b"} emissive={b.id === selected ? "#fbbf24" : "#000000"} emissiveIntensity={0.6} />
          </mesh>
        ))}
        <Route points={stack.route} />
      </Canvas>
    </div>
  );
}

/** Orbit controls (mouse and touch); each change draws one frame. */
function Controls({ controlsRef, invalidateRef }: { controlsRef: RefObject<OrbitControls | null>; invalidateRef: RefObject<() => void> }) {
  const { camera, gl, invalidate: draw } = useThree();
  useEffect(() => {
    const c = new OrbitControls(camera as PerspectiveCamera, gl.domElement);
    c.enableDamping = false;
    c.saveState();
    c.addEventListener("change", () => draw());
    controlsRef.current = c;
    invalidateRef.current = () => draw();
    return () => {
      c.dispose();
      controlsRef.current = null;
    };
  }, [camera, gl, draw, controlsRef, invalidateRef]);
  return null;
}

/** The path the click took, as one bright line through the blocks it visited. */
function Route({ points }: { points: Stack["route"] }) {
  const line = useMemo(() => {
    const geometry = new BufferGeometry().setFromPoints(points.map((p) => new Vector3(...p)));
    return new Line(geometry, new LineBasicMaterial({ color: "#fbbf24" }));
  }, [points]);
  useEffect(() => () => {
    line.geometry.dispose();
    (line.material as LineBasicMaterial).dispose();
  }, [line]);
  return <primitive object={line} />;
}

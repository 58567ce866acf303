# Development set 22, Spanish (Spain and Latin American variants). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("es-01-acceso", "María José García López <mj.garcialopez@correo.example>",
    "Ejercicio del derecho de acceso",
    """Estimados señores:

Por medio del presente ejerzo mi derecho de acceso conforme al artículo 15 del RGPD y solicito
que me faciliten copia de todos los datos personales que traten sobre mí, tanto en la clínica
veterinaria de Sevilla como en el seguro de mascotas.

Atentamente,
María José García López
DNI 12345678Z
""",
    R(["Access"], "mj.garcialopez@correo.example", "María José", "García López"))

add("es-02-borrar-cuenta", "Javier Martín Ruiz <javi.martin@correo.example>",
    "Darme de baja de la app de cuidadores",
    """Hola,

Quiero darme de baja de vuestra app de cuidadores de mascotas y que borréis todos mis datos,
fotos y el documento de identidad que subí.

Gracias,
Javier Martín Ruiz
""",
    R(["Erasure"], "javi.martin@correo.example", "Javier", "Martín Ruiz"))

add("es-03-publicidad", "Carmen Fernández <carmen.fernandez@correo.example>",
    "No quiero más publicidad",
    """Buenas tardes:

Les pido que dejen de enviarme publicidad del pienso por WhatsApp y correo electrónico. No
quiero anular mi suscripción, solo no recibir más ofertas.

Un saludo,
Carmen Fernández
""",
    R(["Opposition"], "carmen.fernandez@correo.example", "Carmen", "Fernández"))

add("es-04-rectificacion", "Alejandro Sánchez Moreno <alejandro.sanchez@correo.example>",
    "Datos erróneos en mi póliza",
    """Hola:

En mi póliza del seguro de mi perro aparece el segundo apellido "Morena" en lugar de "Moreno"
y un teléfono antiguo. El correcto es 612 345 678. ¿Pueden rectificarlo?

Alejandro Sánchez Moreno
""",
    R(["Rectification"], "alejandro.sanchez@correo.example", "Alejandro", "Sánchez Moreno"))

add("es-05-portabilidad", "Lucía Romero Díaz <lucia.romero@correo.example>",
    "Portabilidad de mis datos",
    """Hola,

Me cambio a otra aseguradora y me piden mi historial de siniestros. ¿Me lo podéis enviar en un
formato electrónico que puedan importar (Excel, CSV...)? También me vale que se lo mandéis a
ellos directamente.

Lucía Romero Díaz
""",
    R(["Portability"], "lucia.romero@correo.example", "Lucía", "Romero Díaz"))

add("es-06-informacion", "Pablo Navarro <pablo.navarro@correo.example>",
    "¿Para qué usan los datos de mi gato?",
    """Buenos días,

En la clínica de Valencia me pidieron firmar un consentimiento para "fines de investigación y
mejora del servicio". ¿Qué significa exactamente? ¿Comparten mis datos o los de mi gato con
laboratorios o fabricantes de pienso? ¿Durante cuánto tiempo los conservan?

Pablo Navarro
""",
    R(["Information"], "pablo.navarro@correo.example", "Pablo", "Navarro"))

add("es-07-decision-automatica", "Rocío Jiménez <rocio.jimenez@correo.example>",
    "Siniestro rechazado en segundos",
    """Hola,

Presenté el reembolso de la operación de mi perra Kira y la app lo rechazó en menos de un
minuto. Quiero que lo revise una persona de verdad y poder dar mi versión, porque tengo el
informe veterinario que demuestra que no es una enfermedad previa.

Rocío Jiménez
""",
    R(["AutomatedDecision"], "rocio.jimenez@correo.example", "Rocío", "Jiménez"))

add("es-08-limitacion", "Sergio Castillo <sergio.castillo@correo.example>",
    "Bloqueo de datos mientras se revisa",
    """Hola:

Figuro en vuestro sistema como cuidador "no recomendado" por una queja que considero falsa.
Mientras se investiga, solicito que no se use esa información ni se comparta con otros
clientes. No pido que se borre nada aún.

Sergio Castillo
""",
    R(["Restriction"], "sergio.castillo@correo.example", "Sergio", "Castillo"))

add("es-09-paseadora", "Isabel Ortega Vidal <isabel.ortega@correo.example>",
    "Eliminar mi perfil de paseadora",
    """Buenas tardes,

Hace dos años me registré como paseadora de perros en vuestra app y ya no lo hago. Os pido que
eliminéis mi perfil, la tarjeta que tengo guardada y el resto de mis datos.

Isabel Ortega Vidal
""",
    R(["Erasure"], "isabel.ortega@correo.example", "Isabel", "Ortega Vidal"))

add("es-10-abogado", "Bufete Herrera Abogados <despacho@herrera-abogados.example>",
    "Requerimiento RGPD - D. Manuel Torres Gil",
    html("Muy señores nuestros:",
         "Actuamos en nombre y representación de D. Manuel Torres Gil, con domicilio en Zaragoza, "
         "según poder que se adjunta.",
         "Por la presente ejercitamos en su nombre el derecho de acceso (art. 15 RGPD) y el derecho "
         "de oposición (art. 21 RGPD) al tratamiento de sus datos con fines de mercadotecnia.",
         "Atentamente,<br>Lda. Elena Herrera Campos<br>Colegiada nº 4521"),
    R(["Access", "Opposition"], "despacho@herrera-abogados.example", "Manuel", "Torres Gil",
      representative="Elena Herrera Campos"),
    ct=HTML)

add("es-11-fallecido", "Andrés Molina Pérez <andres.molina@correo.example>",
    "Fallecimiento de mi padre",
    """Buenos días:

Mi padre, Francisco Molina Serrano, falleció hace dos meses. Tenía con ustedes una suscripción de
comida para gatos y el seguro de su gata. Les ruego que cancelen todo y supriman sus datos. Les
envío el certificado de defunción si lo necesitan.

Andrés Molina Pérez
""",
    R(["Erasure"], "andres.molina@correo.example", "Francisco", "Molina Serrano",
      representative="Andrés Molina Pérez"))

add("es-12-mexico", "Guadalupe Hernández <lupita.hdz@correo-mx.example>",
    "Aviso de privacidad",
    """Hola, buen día.

Me registré en su app de cuidado de mascotas desde México. ¿Mis datos se guardan en Europa o
en otro país? ¿Quién tiene acceso? Quisiera revisar el aviso de privacidad completo antes de
contratar.

Saludos,
Lupita Hernández
""",
    R(["Information"], "lupita.hdz@correo-mx.example", "Guadalupe", "Hernández"))

add("es-13-argentina", "Martín Gómez <martin.gomez@correo-ar.example>",
    "Baja de mails y borrado",
    """Hola che, vivo ahora en Madrid. Necesito que me saquen de la lista de mails promocionales y
que borren mis datos del seguro viejo de mi perro que ya no tengo. Gracias!!

Martín Gómez
""",
    R(["Opposition", "Erasure"], "martin.gomez@correo-ar.example", "Martín", "Gómez"))

add("es-14-faltas", "nereaa_95@correo.example", "mis datos",
    "ola keria saber q datos teneis mios en la clinica i en el seguro grasias nerea\n",
    R(["Access"], "nereaa_95@correo.example", "Nerea", None))

add("es-15-mayusculas", "Ramón Iglesias <ramon.iglesias@correo.example>", "BASTA YA",
    "DEJEN DE LLAMARME PARA VENDERME SEGUROS DE MASCOTAS. NO TENGO MASCOTAS. BORREN MI NUMERO.\n"
    "RAMON IGLESIAS\n",
    R(["Opposition", "Erasure"], "ramon.iglesias@correo.example", "Ramón", "Iglesias"))

add("es-16-pedido", "Beatriz Cano <beatriz.cano@correo.example>", "Pedido incompleto",
    """Hola, en la caja de este mes faltaban las latas de comida húmeda. Pedido KB-663410.
¿Me las pueden reenviar?

Beatriz Cano
""",
    R(["Unknown"], "beatriz.cano@correo.example", "Beatriz", "Cano"))

add("es-17-familia-replyto", "Familia Vázquez <familiavazquez@casa.example>",
    "Corrección de datos",
    """Hola,

La ficha de nuestro perro en la clínica de Málaga tiene como titular a mi marido, pero desde
la separación soy yo la responsable. Por favor, cambien el titular, la dirección y el teléfono
a los míos: Calle Larios 5, 3ºB, 29005 Málaga, 655 111 222.

Gracias,
Raquel Vázquez Soto
""",
    R(["Rectification"], "raquel.vazquez@trabajo.example", "Raquel", "Vázquez Soto"),
    headers=["Reply-To: raquel.vazquez@trabajo.example"])

add("es-18-reenvio", "Laura Pascual <laura.pascual@acme-corp.example>",
    "RV: solicitud de datos",
    """Hola equipo de privacidad,

Os reenvío este correo de un cliente que llegó al buzón de atención al cliente.

Laura Pascual
Atención al cliente - Seguros

-----Mensaje original-----
De: Óscar Delgado Reyes <oscar.delgado@correo.example>
Enviado el: domingo, 15 de noviembre de 2026 17:55
Para: clientes@acme-corp.example
Asunto: datos

Buenas, quiero saber qué datos míos tenéis y que me los enviéis en un archivo que pueda abrir
con Excel. Óscar Delgado Reyes
""",
    R(["Access", "Portability"], "oscar.delgado@correo.example", "Óscar", "Delgado Reyes"))

add("es-19-adjunto", "Marta Ibáñez <marta.ibanez@acme-corp.example>",
    "Fwd: Queja y baja", "",
    R(["Opposition"], "jordi.puig@correu.example", "Jordi", "Puig i Ferrer"),
    attached=("Jordi Puig i Ferrer <jordi.puig@correu.example>", "Queja y baja",
              "Hola, cada semana recibo SMS de ofertas de la clínica de Barcelona. No quiero\n"
              "recibirlos más. Retiro mi consentimiento para comunicaciones comerciales. Jordi\n"),
    note="Os lo paso, lo ha mandado un cliente a la clínica. Marta")

add("es-20-latin1", "José Luis Peña <joseluis.pena@correo.example>",
    "Información sobre cámaras",
    """Buenas tardes:

He visto que en la sala de hospitalización de la clínica de Bilbao hay cámaras y que los
dueños pueden ver a sus animales por la app. ¿Quién ve esas imágenes? ¿Se graban? ¿Salgo yo si
visito a mi perro? ¿Cuánto tiempo las guardan?

José Luis Peña
""",
    R(["Information"], "joseluis.pena@correo.example", "José Luis", "Peña"),
    ct=LATIN1, encode="latin-1")

add("es-21-historia-larga", "Cristina Blanco Serrano <cristina.blanco@correo.example>",
    "Muy decepcionada con el servicio",
    """Buenas,

Llevo cinco años con la suscripción de pienso para mis dos gatos y nunca había tenido un
problema. En octubre cambiaron la fórmula sin avisar, uno de los gatos vomitó varios días y tuve
que ir a urgencias a vuestra clínica de Alicante, que por cierto me cobraron 180 euros.

Cuando llamé para quejarme me dijeron que "según mis datos de compra" yo había elegido la nueva
fórmula, lo cual es falso. Quiero que me mandéis todo lo que tenéis registrado sobre mis
pedidos, cambios en la suscripción y las notas de las llamadas, porque no me creo nada.

Además, el historial dice que mi dirección es en Elche, cuando llevo tres años viviendo en
Alicante, Calle Pintor Sorolla 14. Corregidlo de una vez.

Cristina Blanco Serrano
""",
    R(["Access", "Rectification"], "cristina.blanco@correo.example", "Cristina", "Blanco Serrano"))

add("es-22-tarea-contrato", "Diego Herrero <diego.herrero@acme-corp.example>",
    "Revisión contrato encargado - nuevo call center",
    """Hola,

Vamos a externalizar la venta telefónica de seguros a un call center en Colombia. ¿Podéis
revisar el contrato de encargado del tratamiento y lo de las transferencias internacionales?

Diego Herrero
Dirección Comercial Seguros
""",
    TASK("diego.herrero@acme-corp.example", "Diego", "Herrero"))

add("es-23-tarea-clausulas", "Silvia Prieto <silvia.prieto@acme-corp.example>",
    "Textos legales nuevo formulario",
    """Buenos días,

Estamos rediseñando el formulario de alta de clientes de las clínicas. ¿Nos podéis redactar la
cláusula informativa y las casillas de consentimiento para marketing?

Silvia Prieto
Marketing
""",
    TASK("silvia.prieto@acme-corp.example", "Silvia", "Prieto"))

add("es-24-tarea-auditoria", "Alberto Rubio <alberto.rubio@acme-corp.example>",
    "Auditoría interna protección de datos clínicas",
    """Hola,

Desde Auditoría Interna queremos incluir la protección de datos en la revisión de las clínicas
de Madrid en diciembre. ¿Nos pasáis vuestra checklist y nos decís quién puede acompañarnos?

Alberto Rubio
""",
    TASK("alberto.rubio@acme-corp.example", "Alberto", "Rubio"))

add("es-25-inc-correo-equivocado", "Nuria Campos <nuria.campos@acme-corp.example>",
    "Enviado informe a cliente equivocado",
    """Hola,

Acabo de enviar el presupuesto de una cirugía (con nombre, teléfono y diagnóstico del perro) de
la Sra. Llorente a otra clienta con el mismo nombre de pila. Ya la he llamado y dice que lo
borrará.

Nuria Campos
Recepción, clínica de Granada
""",
    INC("nuria.campos@acme-corp.example", "Nuria", "Campos"))

add("es-26-inc-cuidadora", "Verónica Lozano <veronica.lozano@correo.example>",
    "Una cuidadora tiene datos de otros clientes",
    """Hola,

La cuidadora que contraté a través de vuestra app me enseñó en su móvil un listado con
nombres, direcciones y códigos de alarma de otros clientes "para organizarse". Me parece muy
grave, os lo comunico.

Verónica Lozano
""",
    INC("veronica.lozano@correo.example", "Verónica", "Lozano"))

add("es-27-inc-ransomware", "Hugo Santos <hugo.santos@acme-corp.example>",
    "Posible ransomware en PC de la clínica",
    """Hola,

El ordenador de recepción de la clínica de Vigo muestra un mensaje pidiendo un rescate en
bitcoins y los archivos tienen extensión .locked. Lo hemos desconectado de la red. Tiene acceso
a la agenda y fichas de clientes.

Hugo Santos, IT
""",
    INC("hugo.santos@acme-corp.example", "Hugo", "Santos"))

add("es-28-fu-dsr", "María José García López <mj.garcialopez@correo.example>",
    "RE: [DSR-80455] Hemos recibido su solicitud",
    """Buenos días:

Ha pasado más de un mes. ¿Cuándo recibiré la información?

María José García López

> Su solicitud ha sido registrada con el número DSR-80455.
""",
    FU("80455", "mj.garcialopez@correo.example", "María José", "García López"))

add("es-29-fu-ref", "Sergio Castillo <sergio.castillo@correo.example>",
    "Re: Bloqueo de datos mientras se revisa",
    """Hola, ¿hay novedades? Sigo sin recibir reservas desde hace dos semanas.

Sergio
""",
    FU(ref("es-08-limitacion"), "sergio.castillo@correo.example", "Sergio", "Castillo"),
    headers=irt("es-08-limitacion"))

add("es-30-spam-loteria", "Lotería Internacional <premios@loteria-int.example>",
    "¡ENHORABUENA! Ha ganado 850.000 EUR",
    """Estimado ganador:

Su dirección de correo ha sido seleccionada. Para cobrar el premio envíe su nombre, DNI y
cuenta bancaria. Sus datos personales serán eliminados tras el pago según el RGPD.
""",
    IGN("spam", "premios@loteria-int.example"),
    headers=SPAM_HDR)

add("es-31-spam-seo", "Marketing Digital Pro <ventas@mkt-digitalpro.example>",
    "Bases de datos de dueños de mascotas - 50.000 contactos",
    """Hola,

Vendemos bases de datos actualizadas de propietarios de mascotas en España, 100% RGPD. Precio
especial para clínicas veterinarias. Responda para recibir una muestra.
""",
    IGN("spam", "ventas@mkt-digitalpro.example"))

add("es-32-boletin", "Colegio Veterinario Informa <boletin@colegio-vet.example>",
    "Boletín semanal del Colegio",
    """Novedades: jornada sobre protección de datos en clínicas, nuevas tasas colegiales,
ofertas de empleo.

Para darse de baja, pulse aquí.
""",
    IGN("bulk", "boletin@colegio-vet.example"),
    headers=["List-Id: Boletin Colegio <boletin.colegio-vet.example>",
             "List-Unsubscribe: <mailto:baja@colegio-vet.example>",
             "Precedence: bulk"])

add("es-33-fuera-oficina", "Ignacio Vidal <ignacio.vidal@aseguradora-socia.example>",
    "Respuesta automática: Acuerdo de corresponsabilidad",
    """Estaré fuera de la oficina hasta el 24 de noviembre. Para asuntos urgentes escriba a
legal@aseguradora-socia.example.
""",
    IGN("auto_reply", "ignacio.vidal@aseguradora-socia.example"),
    headers=["Auto-Submitted: auto-replied"])
